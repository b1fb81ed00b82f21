package io.switchboard.plugins.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text part: transfer encoding (quoted-printable, base64) by Jakarta Mail, then the
 * declared charset by this class, because real mail declares charsets Java does not know,
 * declares none, or declares US-ASCII over 8-bit text. Those fall back to UTF-8 when the
 * bytes are valid UTF-8, else windows-1252 (what such mail almost always is), and say so.
 */
final class PartText {

    /** Longest text kept of one part; longer text is cut with a note. */
    static final int MAX_CHARS = 1_000_000;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The decoded text and, when it needed a fallback or was cut, why.
     *
     * @param text the text
     * @param problem what went wrong, or {@code null}
     */
    record Decoded(String text, String problem) {
    }

    private PartText() {
    }

    static Decoded read(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_CHARS * 4);
        }
        Decoded decoded = decode(bytes, charsetOf(part));
        if (decoded.text().length() > MAX_CHARS) {
            return new Decoded(decoded.text().substring(0, MAX_CHARS), "text cut at " + MAX_CHARS + " characters");
        }
        return decoded;
    }

    static Decoded decode(byte[] bytes, String declared) {
        if (declared != null) {
            try {
                Charset charset = Charset.forName(MimeUtility.javaCharset(declared));
                if (!charset.equals(StandardCharsets.US_ASCII) || isAscii(bytes)) {
                    return new Decoded(new String(bytes, charset), null);
                }
            } catch (IllegalArgumentException e) {
                return guess(bytes, "unknown charset " + declared);
            }
            return guess(bytes, "8-bit text declared as " + declared);
        }
        return isAscii(bytes) ? new Decoded(new String(bytes, StandardCharsets.US_ASCII), null) : guess(bytes, null);
    }

    private static Decoded guess(byte[] bytes, String why) {
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(utf8, why == null ? null : why + "; read as UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), (why == null ? "no charset declared" : why)
                    + "; read as windows-1252");
        }
    }

    private static String charsetOf(Part part) throws MessagingException {
        String[] header = part.getHeader("Content-Type");
        if (header == null || header.length == 0) {
            return null;
        }
        try {
            return new ContentType(header[0]).getParameter("charset");
        } catch (ParseException e) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)",
                    java.util.regex.Pattern.CASE_INSENSITIVE).matcher(header[0]);
            return m.find() ? m.group(1) : null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
