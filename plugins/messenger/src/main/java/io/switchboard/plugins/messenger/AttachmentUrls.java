package io.switchboard.plugins.messenger;

import io.switchboard.api.channel.Attachment;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Messenger describes an attachment only by its type and a CDN URL, so the file name and MIME
 * type are read from the URL's last path segment where it has a known extension; the real type
 * arrives with the bytes when the agent opens it.
 */
final class AttachmentUrls {

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("mp4", "video/mp4"), Map.entry("mov", "video/quicktime"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("aac", "audio/aac"),
            Map.entry("wav", "audio/wav"), Map.entry("ogg", "audio/ogg"), Map.entry("pdf", "application/pdf"));

    private AttachmentUrls() {
    }

    /**
     * The attachment a URL names.
     *
     * @param type the Messenger attachment type: image, audio, video or file
     * @param url the CDN URL
     * @param position the attachment's 1-based position in its message, for a generated name
     * @return the attachment, fetched by URL later
     */
    static Attachment attachment(String type, String url, int position) {
        String segment = lastSegment(url);
        int dot = segment.lastIndexOf('.');
        String extension = dot < 0 ? "" : segment.substring(dot + 1).toLowerCase(Locale.ROOT);
        String contentType = TYPES.getOrDefault(extension, fallback(type));
        String filename = TYPES.containsKey(extension) && segment.length() <= 200 ? segment : type + "-" + position;
        return Attachment.atProvider(filename, contentType, -1, url);
    }

    private static String lastSegment(String url) {
        try {
            String path = URI.create(url).getPath();
            return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String fallback(String type) {
        return switch (type) {
            case "image" -> "image/*";
            case "audio" -> "audio/*";
            case "video" -> "video/*";
            default -> "application/octet-stream";
        };
    }
}
