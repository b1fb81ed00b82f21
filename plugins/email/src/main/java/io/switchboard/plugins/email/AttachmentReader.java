package io.switchboard.plugins.email;

import io.switchboard.api.channel.Attachment;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Turns a non-body MIME part into an {@link Attachment}: decoded bytes, a safe file name, the
 * Content-ID of inline images. Parts over the size limit are left out and listed instead; their
 * size is judged from the encoded size first, so a huge part is never downloaded to be dropped.
 */
final class AttachmentReader {

    private static final int MAX_FILENAME = 200;

    private final long maxBytes;

    AttachmentReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void read(Part part, BodyParts out, boolean relatedResource) throws MessagingException, IOException {
        String type = baseType(part);
        String filename = filename(part, type, out.attachments().size() + out.omitted().size() + 1);
        long estimate = decodedSizeEstimate(part);
        if (estimate > maxBytes) {
            out.omit(omission(filename, estimate));
            return;
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            out.omit(omission(filename, -1));
            return;
        }
        if (type.equals("message/rfc822") || type.equals("text/rfc822-headers")) {
            embeddedMessageId(bytes).ifPresent(out::embeddedMessageId);
        }
        String contentId = contentId(part);
        boolean inline = contentId != null && (relatedResource || !Part.ATTACHMENT.equalsIgnoreCase(
                part.getDisposition()));
        out.addAttachment(new Attachment(filename, type, bytes.length, bytes, null, inline ? contentId : null,
                inline));
    }

    private String omission(String filename, long size) {
        String mb = size < 0 ? "more than " + maxBytes / (1024 * 1024) : String.valueOf(size / (1024 * 1024));
        return filename + " (" + mb + " MB; the limit is " + maxBytes / (1024 * 1024) + " MB)";
    }

    /** Encoded sizes overstate base64 by a third; the check must not drop parts under the limit. */
    private static long decodedSizeEstimate(Part part) throws MessagingException {
        long size = part.getSize();
        if (size < 0) {
            return -1;
        }
        String[] encoding = part.getHeader("Content-Transfer-Encoding");
        boolean base64 = encoding != null && encoding[0].strip().equalsIgnoreCase("base64");
        return base64 ? size * 3 / 4 : size;
    }

    static String baseType(Part part) {
        try {
            String[] header = part.getHeader("Content-Type");
            if (header == null) {
                return "text/plain";
            }
            String type = new ContentType(header[0]).getBaseType().toLowerCase(Locale.ROOT);
            return type.length() <= 100 ? type : "application/octet-stream";
        } catch (MessagingException e) {
            return "application/octet-stream";
        }
    }

    private static String filename(Part part, String type, int position) {
        String name;
        try {
            name = part.getFileName();
        } catch (MessagingException e) {
            name = null;
        }
        if (name != null && name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (IOException e) {
                // Keep the encoded form: still a usable, if ugly, name.
            }
        }
        if (name != null) {
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                    .replaceAll("\\p{Cntrl}", "").strip();
        }
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "attachment-" + position + "." + extension(type);
        }
        return name.length() <= MAX_FILENAME ? name : name.substring(name.length() - MAX_FILENAME);
    }

    private static String extension(String type) {
        return switch (type) {
            case "message/rfc822" -> "eml";
            case "text/plain", "text/rfc822-headers", "message/delivery-status" -> "txt";
            case "text/html" -> "html";
            case "image/jpeg" -> "jpg";
            default -> type.startsWith("image/") ? type.substring(6).replaceAll("[^a-z0-9]", "") : "bin";
        };
    }

    private static String contentId(Part part) throws MessagingException {
        String[] header = part.getHeader("Content-ID");
        if (header == null || header[0].isBlank()) {
            return null;
        }
        String id = header[0].strip();
        // Stored without brackets: it is what an HTML body's cid: URL names.
        String bare = id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1).strip() : id;
        return bare.length() <= 250 ? bare : null;
    }

    private static java.util.Optional<String> embeddedMessageId(byte[] bytes) {
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(bytes), true);
            return MessageIds.first(headers.getHeader("Message-ID", null));
        } catch (MessagingException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
