package io.switchboard.host.availability;

import java.time.Instant;

/**
 * An agent's availability and phone, with how many open conversations they hold.
 *
 * @param phone the E.164 number the voice channel rings, or null
 */
public record AgentStatus(long id, String name, String role, String availability, Instant availabilityAt,
                          String phone, int openConversations) {
}
