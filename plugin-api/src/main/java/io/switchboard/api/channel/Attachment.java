package io.switchboard.api.channel;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file carried by a message. Either its bytes travel with it ({@code content}), or the
 * provider keeps them and {@code providerRef} lets the plugin fetch them on demand through
 * {@link ChannelInstance#fetchAttachment(String)}.
 *
 * @param filename file name as sent, or a generated one
 * @param contentType MIME type
 * @param size size in bytes, or -1 when unknown
 * @param content the bytes, or {@code null} when held by the provider
 * @param providerRef the plugin's reference to fetch the bytes, or {@code null}
 * @param contentId MIME Content-ID of an inline part, or {@code null}
 * @param inline whether it is shown inside the message body (inline image)
 * @since 1.0
 */
public record Attachment(String filename, String contentType, long size, byte[] content, String providerRef,
                         String contentId, boolean inline) {

    /**
     * Validates the components and copies the bytes.
     *
     * @since 1.0
     */
    public Attachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        if (content == null && providerRef == null) {
            throw new IllegalArgumentException("an attachment needs content or a provider reference");
        }
        content = content == null ? null : content.clone();
        if (content != null) {
            size = content.length;
        }
    }

    /**
     * An attachment whose bytes travel with the message.
     *
     * @param filename the file name
     * @param contentType the MIME type
     * @param content the bytes
     * @return the attachment
     * @since 1.0
     */
    public static Attachment ofBytes(String filename, String contentType, byte[] content) {
        return new Attachment(filename, contentType, content.length, content, null, null, false);
    }

    /**
     * An attachment the provider keeps.
     *
     * @param filename the file name
     * @param contentType the MIME type
     * @param size the size, or -1
     * @param providerRef how the plugin fetches it
     * @return the attachment
     * @since 1.0
     */
    public static Attachment atProvider(String filename, String contentType, long size, String providerRef) {
        return new Attachment(filename, contentType, size, null, providerRef, null, false);
    }

    /**
     * The bytes, copied.
     *
     * @return the bytes, or {@code null} when held by the provider
     * @since 1.0
     */
    @Override
    public byte[] content() {
        return content == null ? null : content.clone();
    }

    /**
     * Compares by value, including the bytes.
     *
     * @param other the other object
     * @return whether equal
     * @since 1.0
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment a && filename.equals(a.filename) && contentType.equals(a.contentType)
                && size == a.size && Arrays.equals(content, a.content) && Objects.equals(providerRef, a.providerRef)
                && Objects.equals(contentId, a.contentId) && inline == a.inline;
    }

    /**
     * Hashes by value, including the bytes.
     *
     * @return the hash
     * @since 1.0
     */
    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, size, Arrays.hashCode(content), providerRef, contentId, inline);
    }

    /**
     * Describes the attachment without its bytes.
     *
     * @return the description
     * @since 1.0
     */
    @Override
    public String toString() {
        return "Attachment[" + filename + ", " + contentType + ", " + size + " bytes]";
    }
}
