package io.switchboard.host.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * Answers that hand a stored file to a browser: always as a download ({@code attachment} with
 * an ASCII {@code filename} and the exact RFC 5987 {@code filename*}), with its own media type
 * but never sniffed or run (a mail's HTML attachment must not execute on the desk's origin).
 */
public final class FileResponses {

    private FileResponses() {
    }

    public static Response download(String filename, String contentType, byte[] content) {
        return Response.ok(content, mediaType(contentType))
                .header("Content-Disposition", contentDisposition(filename))
                .header("Content-Length", content.length)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    static MediaType mediaType(String contentType) {
        try {
            MediaType type = MediaType.valueOf(contentType);
            return type.isWildcardType() || type.isWildcardSubtype() ? MediaType.APPLICATION_OCTET_STREAM_TYPE : type;
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266, RFC 5987). */
    public static String contentDisposition(String filename) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (char c : filename.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
