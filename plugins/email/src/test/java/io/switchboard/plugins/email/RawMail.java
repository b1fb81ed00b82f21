package io.switchboard.plugins.email;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds raw RFC 5322 messages byte by byte, the way real clients wrote them. */
final class RawMail {

    private RawMail() {
    }

    /** Header lines (\n-separated, CRLF on the wire), a blank line, then the body bytes. */
    static byte[] of(String headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(crlf(headers.strip() + "\n\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] of(String headers, String asciiBody) {
        return of(headers, crlf(asciiBody).getBytes(StandardCharsets.US_ASCII));
    }

    static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** An RFC 2047 encoded word. */
    static String encodedWord(String text, String charset, String encoding) {
        try {
            return MimeUtility.encodeWord(text, charset, encoding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two B-encoded words whose split falls inside a multi-byte character. */
    static String splitEncodedWords(String text, int splitAtByte) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        byte[] first = java.util.Arrays.copyOfRange(bytes, 0, splitAtByte);
        byte[] second = java.util.Arrays.copyOfRange(bytes, splitAtByte, bytes.length);
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(first) + "?=\r\n =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(second) + "?=";
    }

    static byte[] quotedPrintable(String text, Charset charset) {
        return encode(text.getBytes(charset), "quoted-printable");
    }

    static byte[] base64(byte[] bytes) {
        return encode(bytes, "base64");
    }

    private static byte[] encode(byte[] bytes, String encoding) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream encoder = MimeUtility.encode(out, encoding)) {
                encoder.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
