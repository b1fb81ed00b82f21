package io.switchboard.plugins.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;

/**
 * Downloads the raw bytes of a batch's ordinary-sized messages with one {@code UID FETCH ...
 * (UID BODY.PEEK[])} instead of one round trip per message, as desktop mail clients do: over
 * a real network each round trip costs a latency, and per-message fetches made the import
 * rate a function of the ping time. Messages over {@link #MAX_BYTES} are left to be fetched
 * one by one, so a batch never holds more than 50 of them in memory.
 */
final class BatchDownload {

    /** The largest message downloaded in the batch fetch. */
    static final long MAX_BYTES = 1024 * 1024;

    private BatchDownload() {
    }

    static Map<Long, byte[]> fetch(IMAPFolder folder, List<Message> batch) throws MessagingException {
        List<Long> uids = batch.stream().filter(m -> size(m) >= 0 && size(m) <= MAX_BYTES)
                .map(m -> ProcessedMail.uid(folder, m)).toList();
        if (uids.isEmpty()) {
            return Map.of();
        }
        String set = uids.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        Map<Long, byte[]> raw = (Map<Long, byte[]>) folder.doCommand(protocol -> {
            Response[] responses = protocol.command("UID FETCH " + set + " (UID BODY.PEEK[])", null);
            Map<Long, byte[]> bodies = new HashMap<>();
            for (Response response : responses) {
                if (response instanceof FetchResponse fetch) {
                    UID uid = fetch.getItem(UID.class);
                    BODY body = fetch.getItem(BODY.class);
                    if (uid != null && body != null && body.getByteArray() != null) {
                        bodies.put(uid.uid, body.getByteArray().getNewBytes());
                    }
                }
            }
            // Let the folder see what else the server said (EXPUNGE, EXISTS, flag changes).
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return bodies;
        });
        return raw;
    }

    private static long size(Message message) {
        try {
            return message.getSize();
        } catch (MessagingException e) {
            return -1;
        }
    }
}
