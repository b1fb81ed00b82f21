package io.switchboard.api.channel;

import java.util.List;
import java.util.Objects;

/**
 * A provider-approved template message (WhatsApp), the only kind allowed outside the
 * reply window on channels whose {@link ReplyPolicy#templatesOutsideWindow()} is true.
 *
 * @param name the template name as approved at the provider
 * @param language the template's language code, such as {@code en_US}
 * @param parameters the body parameters, in order
 * @since 1.0
 */
public record MessageTemplate(String name, String language, List<String> parameters) {

    /**
     * Validates the components and copies the list.
     *
     * @since 1.0
     */
    public MessageTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        parameters = List.copyOf(parameters == null ? List.of() : parameters);
    }
}
