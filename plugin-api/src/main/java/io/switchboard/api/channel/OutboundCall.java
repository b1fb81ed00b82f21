package io.switchboard.api.channel;

import java.util.Map;
import java.util.Objects;

/**
 * A call the host asks a voice channel to place, such as an agent calling back a customer
 * who left a voicemail. Progress arrives later as {@link io.switchboard.api.channel.event.CallEvent}s
 * carrying the call id the plugin returned.
 *
 * @param requestId the host's stable id of this request; the same if the host asks again
 * @param conversationId the conversation the call belongs to
 * @param to the customer's address
 * @param agentName the calling agent's display name, or {@code null}
 * @param agentAddress where to reach the agent first (their phone), or {@code null} to use the
 *     channel's configured number
 * @param options channel-specific options
 * @since 1.0
 */
public record OutboundCall(String requestId, String conversationId, Address to, String agentName,
                           Address agentAddress, Map<String, String> options) {

    /**
     * Validates the components and copies the options.
     *
     * @since 1.0
     */
    public OutboundCall {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(to, "to");
        options = Map.copyOf(options == null ? Map.of() : options);
    }
}
