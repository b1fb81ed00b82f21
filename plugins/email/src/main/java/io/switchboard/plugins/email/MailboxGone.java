package io.switchboard.plugins.email;

import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;

/**
 * The line between a bad message and a bad connection: a message that cannot be parsed is
 * stored as well as it can be, but when the mailbox connection is lost mid-message the whole
 * poll must fail, so the host retries from its committed cursor instead of storing a
 * half-read message.
 */
final class MailboxGone extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MailboxGone(Exception cause) {
        super("the connection to the mailbox was lost: " + cause.getMessage(), cause);
    }

    /** Stops when the folder a message was read from is no longer open: what was read may be partial. */
    static void checkOpen(jakarta.mail.Message message, Exception cause) {
        jakarta.mail.Folder folder = message.getFolder();
        if (folder != null && !folder.isOpen()) {
            throw new MailboxGone(cause != null ? cause : new FolderClosedException(folder));
        }
    }

    static void rethrowIfConnectionLost(Exception e) {
        if (e instanceof MailboxGone gone) {
            throw gone;
        }
        if (e instanceof FolderClosedException || e instanceof StoreClosedException) {
            throw new MailboxGone(e);
        }
        if (e instanceof MessagingException m && m.getNextException() != null && m.getNextException() != e) {
            rethrowIfConnectionLost(m.getNextException());
        }
    }
}
