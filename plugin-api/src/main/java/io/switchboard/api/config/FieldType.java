package io.switchboard.api.config;

/**
 * The kind of value a {@link ConfigField} holds; decides the form control and validation.
 *
 * @since 1.0
 */
public enum FieldType {
    /** A single line of text. @since 1.0 */
    TEXT,
    /** Several lines of text. @since 1.0 */
    MULTILINE,
    /** A whole number. @since 1.0 */
    INTEGER,
    /** {@code true} or {@code false}. @since 1.0 */
    BOOLEAN,
    /** An absolute http(s) URL. @since 1.0 */
    URL,
    /** An email address. @since 1.0 */
    EMAIL,
    /** A phone number in E.164 form, such as {@code +15551234567}. @since 1.0 */
    PHONE,
    /** One of {@link ConfigField#choices()}. @since 1.0 */
    CHOICE
}
