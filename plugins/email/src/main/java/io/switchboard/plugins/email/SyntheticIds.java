package io.switchboard.plugins.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable stand-in id for mail without a Message-ID: a hash of the headers the sender
 * wrote (never of headers servers add on delivery, nor of the IMAP UID), so the same message
 * gets the same id after a restart or a UIDVALIDITY change and is still stored only once.
 */
final class SyntheticIds {

    /** The reserved domain of synthetic ids; {@code .invalid} never resolves (RFC 2606). */
    static final String DOMAIN = "@synthetic.switchboard.invalid";

    private static final String[] SENDER_HEADERS = {"Date", "From", "Sender", "To", "Cc", "Subject",
        "In-Reply-To", "Content-Type"};

    private SyntheticIds() {
    }

    /**
     * @param message the message, for its sender-written headers
     * @param raw the whole raw message when downloaded (only its body is hashed), or {@code null}
     */
    static String of(Part message, byte[] raw) throws MessagingException {
        MessageDigest digest = sha256();
        for (String name : SENDER_HEADERS) {
            String[] values = message.getHeader(name);
            digest.update((name + ":" + (values == null ? "" : String.join("\n", values)) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (raw != null) {
            int body = bodyStart(raw);
            digest.update(raw, body, raw.length - body);
        }
        return "<" + HexFormat.of().formatHex(digest.digest(), 0, 16) + DOMAIN + ">";
    }

    /** Where the body starts: after the first empty line; servers add headers, never body bytes. */
    private static int bodyStart(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length
                    && raw[i + 2] == '\n'))) {
                return Math.min(raw.length, i + (raw[i + 1] == '\n' ? 2 : 3));
            }
        }
        return raw.length;
    }

    /** An id for a message nothing could be read of but its position in the mailbox. */
    static String ofPosition(long uidValidity, long uid) {
        return "<uid-" + uidValidity + "-" + uid + DOMAIN + ">";
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
