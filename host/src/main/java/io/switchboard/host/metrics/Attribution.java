package io.switchboard.host.metrics;

import io.switchboard.api.conversation.ConversationEvent;
import io.switchboard.api.conversation.ConversationEventType;
import java.time.Instant;
import java.util.List;

/**
 * Whom an observation is credited to. The plugin names the agent or leaves it to the host,
 * which takes the conversation's assignee at the observation's moment; the team is always the
 * conversation's team at that moment (the team on the latest event up to then). Kept in the
 * host so the SPI's Observation stays as it is.
 */
final class Attribution {

    private Attribution() {
    }

    static String assigneeAt(List<ConversationEvent> events, Instant at) {
        String assignee = null;
        for (ConversationEvent e : events) {
            if (e.at().isAfter(at)) {
                break;
            }
            if (e.type() == ConversationEventType.ASSIGNED) {
                assignee = e.agentId();
            }
        }
        return assignee;
    }

    static String teamAt(List<ConversationEvent> events, Instant at) {
        String team = events.isEmpty() ? null : events.get(0).teamId();
        for (ConversationEvent e : events) {
            if (e.at().isAfter(at)) {
                break;
            }
            team = e.teamId();
        }
        return team;
    }
}
