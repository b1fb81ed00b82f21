package io.switchboard.plugins.email;

import org.eclipse.angus.mail.iap.Response;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.util.Arrays;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * Applies the configured processed-mail action (mark seen, or move) to messages the host has
 * committed: those with UIDs after the cursor's settled UID up to its last UID. Repeating it
 * after a crash is harmless: a seen message stays seen, a moved one is no longer there.
 */
final class ProcessedMail {

    private final EmailSettings settings;

    ProcessedMail(EmailSettings settings) {
        this.settings = settings;
    }

    void settle(IMAPFolder folder, PollCursor cursor) throws MessagingException {
        if (cursor.settledUid() >= cursor.lastUid()) {
            return;
        }
        if (settings.processed() == EmailSettings.Processed.MARK_SEEN) {
            markSeen(folder, cursor.settledUid() + 1, cursor.lastUid());
            return;
        }
        Message[] committed = Arrays.stream(folder.getMessagesByUID(cursor.settledUid() + 1, cursor.lastUid()))
                .filter(m -> m != null && uid(folder, m) > cursor.settledUid() && uid(folder, m) <= cursor.lastUid())
                .toArray(Message[]::new);
        if (committed.length == 0) {
            return;
        }
        Folder target = folder.getStore().getFolder(settings.processedFolder());
        if (!target.exists()) {
            target.create(Folder.HOLDS_MESSAGES);
        }
        folder.moveMessages(committed, target);
    }

    /** One {@code UID STORE} for the whole range, silent: no need to list the messages first. */
    private static void markSeen(IMAPFolder folder, long firstUid, long lastUid) throws MessagingException {
        folder.doCommand(protocol -> {
            Response[] responses = protocol.command("UID STORE " + firstUid + ":" + lastUid
                    + " +FLAGS.SILENT (\\Seen)", null);
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return null;
        });
    }

    static long uid(UIDFolder folder, Message message) {
        try {
            return folder.getUID(message);
        } catch (MessagingException e) {
            throw new MailboxGone(e);
        }
    }
}
