package io.switchboard.api.channel;

import java.util.Objects;

/**
 * An agent who is online and takes calls: the voice channel rings their phone.
 *
 * @param name the agent's display name
 * @param phone the agent's phone number
 * @since 1.1
 */
public record AvailableAgent(String name, Address phone) {

    /**
     * Validates the components.
     *
     * @since 1.1
     */
    public AvailableAgent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
    }
}
