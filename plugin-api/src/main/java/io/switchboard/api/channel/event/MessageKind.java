package io.switchboard.api.channel.event;

/**
 * What an inbound message carries; the timeline renders each kind its own way. Constants
 * may be added in a minor release.
 *
 * @since 1.0
 */
public enum MessageKind {
    /** Text, possibly with attachments. @since 1.0 */
    TEXT,
    /** Media (image, audio, video, document) described by its attachments. @since 1.0 */
    MEDIA,
    /** A shared location; properties {@code latitude}, {@code longitude}, {@code name}. @since 1.0 */
    LOCATION,
    /** A reaction to an earlier message; properties {@code emoji}, {@code messageId}. @since 1.0 */
    REACTION,
    /** A tap on a button or quick reply; property {@code payload}. @since 1.0 */
    BUTTON_REPLY,
    /** Anything the plugin could not classify; the text says what it was. @since 1.0 */
    OTHER
}
