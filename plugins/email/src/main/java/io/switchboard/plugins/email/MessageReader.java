package io.switchboard.plugins.email;

import io.switchboard.api.channel.event.InboundMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Reads one message of the mailbox into an {@link InboundMessage}, whatever it contains: a
 * message of ordinary size is downloaded whole and parsed locally (one round trip); a very
 * large one is read part by part over IMAP so oversize attachments are never downloaded. A
 * message that cannot be parsed at all becomes a quarantined message built from its raw
 * bytes. Only a lost connection escapes, as {@link MailboxGone}.
 */
final class MessageReader {

    /** Messages up to this size are downloaded whole. */
    static final long DOWNLOAD_WHOLE_BYTES = 8L * 1024 * 1024;

    private final MailParser parser;
    private final Session parsing = MailSessions.parsing();
    private final Clock clock;
    private final System.Logger log;

    MessageReader(MailParser parser, Clock clock, System.Logger log) {
        this.parser = parser;
        this.clock = clock;
        this.log = log;
    }

    /**
     * @param message the message
     * @param downloaded its raw bytes when the batch fetch already downloaded them, else {@code null}
     * @param uidValidity the folder's UIDVALIDITY
     * @param uid the message's UID
     * @return the inbound message
     */
    InboundMessage read(Message message, byte[] downloaded, long uidValidity, long uid) {
        Instant arrived = arrival(message);
        byte[] raw = downloaded;
        try {
            if (raw != null || message.getSize() <= DOWNLOAD_WHOLE_BYTES) {
                raw = raw != null ? raw : download(message);
                return parser.parse(new MimeMessage(parsing, new ByteArrayInputStream(raw)), raw, arrived);
            }
            InboundMessage lazilyRead = parser.parse((MimeMessage) message, null, arrived);
            MailboxGone.checkOpen(message, null);
            return lazilyRead;
        } catch (MessagingException | IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof Exception exception) {
                MailboxGone.rethrowIfConnectionLost(exception);
                MailboxGone.checkOpen(message, exception);
            }
            log.log(System.Logger.Level.WARNING, "Message UID " + uid + " could not be parsed; stored quarantined: "
                    + e);
            return Quarantine.of(raw, uidValidity, uid, e, arrived);
        }
    }

    private static byte[] download(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        message.writeTo(out);
        return out.toByteArray();
    }

    private Instant arrival(Message message) {
        try {
            java.util.Date received = message.getReceivedDate();
            return received != null ? received.toInstant() : clock.instant();
        } catch (MessagingException e) {
            return clock.instant();
        }
    }
}
