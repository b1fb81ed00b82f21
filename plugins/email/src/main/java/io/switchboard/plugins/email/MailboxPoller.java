package io.switchboard.plugins.email;

import io.switchboard.api.channel.PollResult;
import io.switchboard.api.channel.event.InboundEvent;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Fetches new mail from one IMAP folder in UID order, at most {@link #BATCH} messages per
 * poll. The position is the host-committed {@link PollCursor}; on a UIDVALIDITY change the
 * folder is read again from the start, which stores nothing twice because the host keeps one
 * message per Message-ID (and synthetic ids are stable). The IMAP connection is kept open
 * between polls and reopened when the server dropped it. The host never runs two polls of one
 * instance at once; the lock guards against misuse all the same.
 */
final class MailboxPoller implements AutoCloseable {

    /** Messages per poll; the host polls again at once while {@code more} is true. */
    static final int BATCH = 50;

    private final EmailSettings settings;
    private final Session session;
    private final MessageReader reader;
    private final ProcessedMail processed;
    private final System.Logger log;
    private Store store;

    MailboxPoller(EmailSettings settings, MessageReader reader, System.Logger log) {
        this.settings = settings;
        this.session = MailSessions.imap(settings.imap());
        this.reader = reader;
        this.processed = new ProcessedMail(settings);
        this.log = log;
    }

    synchronized PollResult poll(String storedCursor) throws MessagingException {
        try {
            return pollOpen(storedCursor);
        } catch (MessagingException | RuntimeException e) {
            // Whatever state the connection is in, start the next poll on a fresh one.
            disconnect();
            throw e;
        }
    }

    private PollResult pollOpen(String storedCursor) throws MessagingException {
        IMAPFolder folder = (IMAPFolder) connected().getFolder(settings.folder());
        folder.open(Folder.READ_WRITE);
        try {
            PollCursor cursor = cursorFor(folder, storedCursor);
            processed.settle(folder, cursor);
            List<Message> fresh = newMessages(folder, cursor.lastUid(), BATCH + 1);
            List<Message> batch = fresh.subList(0, Math.min(BATCH, fresh.size()));
            prefetch(folder, batch);
            Map<Long, byte[]> downloaded = BatchDownload.fetch(folder, batch);
            List<InboundEvent> events = new ArrayList<>(batch.size());
            long last = cursor.lastUid();
            for (Message message : batch) {
                last = ProcessedMail.uid(folder, message);
                events.add(reader.read(message, downloaded.get(last), cursor.uidValidity(), last));
            }
            return new PollResult(events, cursor.after(last).encode(), fresh.size() > BATCH);
        } finally {
            if (folder.isOpen()) {
                folder.close(false);
            }
        }
    }

    private PollCursor cursorFor(IMAPFolder folder, String storedCursor) throws MessagingException {
        long validity = folder.getUIDValidity();
        var stored = PollCursor.decode(storedCursor);
        if (stored.isPresent() && stored.get().uidValidity() != validity) {
            log.log(System.Logger.Level.WARNING, "UIDVALIDITY of " + settings.folder() + " changed from "
                    + stored.get().uidValidity() + " to " + validity + "; reading the folder again from the start");
        }
        return stored.filter(c -> c.uidValidity() == validity).orElse(PollCursor.start(validity));
    }

    /**
     * The next messages after a UID, in UID order, at most {@code limit}. Asks for a window of
     * UIDs at a time, widened until enough messages are found or UIDNEXT is reached, instead of
     * every newer UID: on a large backlog, listing all of them for each batch of 50 made reading
     * the mailbox quadratic. UIDs are dense in practice, so one window is one round trip.
     */
    private static List<Message> newMessages(IMAPFolder folder, long afterUid, int limit) throws MessagingException {
        long uidNext = folder.getUIDNext();
        List<Message> found = new ArrayList<>();
        long from = afterUid + 1;
        long window = limit;
        while (found.size() < limit && (uidNext < 0 || from < uidNext)) {
            long to = uidNext < 0 ? UIDFolder.MAXUID : Math.min(from + window - 1, uidNext - 1);
            long first = from;
            long last = to;
            Arrays.stream(folder.getMessagesByUID(first, last)).filter(m -> m != null)
                    .filter(m -> ProcessedMail.uid(folder, m) >= first && ProcessedMail.uid(folder, m) <= last)
                    .forEach(found::add);
            if (to == UIDFolder.MAXUID) {
                break;
            }
            from = to + 1;
            window *= 4;
        }
        return found.stream().sorted(Comparator.comparingLong(m -> ProcessedMail.uid(folder, m))).limit(limit)
                .toList();
    }

    private static void prefetch(IMAPFolder folder, List<Message> batch) throws MessagingException {
        FetchProfile profile = new FetchProfile();
        profile.add(FetchProfile.Item.SIZE); // the UIDs are known already
        profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        folder.fetch(batch.toArray(Message[]::new), profile);
    }

    private Store connected() throws MessagingException {
        if (store == null || !store.isConnected()) {
            disconnect();
            store = session.getStore();
            var imap = settings.imap();
            store.connect(imap.host(), imap.port(), imap.user(), imap.password());
        }
        return store;
    }

    private void disconnect() {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException e) {
                log.log(System.Logger.Level.DEBUG, "Closing the IMAP connection failed: " + e);
            }
            store = null;
        }
    }

    @Override
    public synchronized void close() {
        disconnect();
    }
}
