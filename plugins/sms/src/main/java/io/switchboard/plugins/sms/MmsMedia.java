package io.switchboard.plugins.sms;

import io.switchboard.api.channel.Attachment;
import io.switchboard.plugins.twilio.FormFields;
import io.switchboard.plugins.twilio.WebhookProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The media of an MMS ({@code NumMedia}, {@code MediaUrl0}, {@code MediaContentType0}, ...).
 * Twilio keeps the files; each becomes an attachment whose provider reference is its URL, so
 * the bytes are fetched only when an agent opens it.
 */
final class MmsMedia {

    /** Twilio accepts at most 10 media per message. */
    static final int MAX_MEDIA = 10;

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("image/jpeg", ".jpg"), Map.entry("image/png", ".png"), Map.entry("image/gif", ".gif"),
            Map.entry("image/webp", ".webp"), Map.entry("image/heic", ".heic"), Map.entry("video/mp4", ".mp4"),
            Map.entry("video/3gpp", ".3gp"), Map.entry("audio/mpeg", ".mp3"), Map.entry("audio/amr", ".amr"),
            Map.entry("audio/ogg", ".ogg"), Map.entry("text/vcard", ".vcf"), Map.entry("text/x-vcard", ".vcf"),
            Map.entry("application/pdf", ".pdf"), Map.entry("text/plain", ".txt"));

    private MmsMedia() {
    }

    /**
     * The attachments a webhook announces.
     *
     * @param form the webhook's parameters
     * @return the attachments, in order
     * @throws WebhookProblem when a media URL it announces is missing
     */
    static List<Attachment> attachments(FormFields form) {
        long count = form.number("NumMedia").orElse(0L);
        if (count < 0 || count > MAX_MEDIA) {
            throw WebhookProblem.badRequest("NumMedia must be 0 to " + MAX_MEDIA + ", was " + count);
        }
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String url = form.require("MediaUrl" + i);
            String type = form.get("MediaContentType" + i).orElse("application/octet-stream");
            attachments.add(Attachment.atProvider(filename(url, type), type, -1, url));
        }
        return attachments;
    }

    /**
     * A file name for Twilio media: its media SID with the extension of its type.
     *
     * @param url the media URL, ending in the media SID
     * @param contentType the MIME type
     * @return the file name
     */
    static String filename(String url, String contentType) {
        String path;
        try {
            path = URI.create(url).getPath();
        } catch (IllegalArgumentException e) {
            throw WebhookProblem.badRequest("a media URL is not a URL: " + url);
        }
        String last = path == null || path.isEmpty() ? "media" : path.substring(path.lastIndexOf('/') + 1);
        String base = last.isEmpty() ? "media" : last;
        String type = contentType.toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        return base + EXTENSIONS.getOrDefault(parameters < 0 ? type : type.substring(0, parameters).strip(), "");
    }
}
