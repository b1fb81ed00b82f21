package io.switchboard.host.routing;

import java.util.List;

/**
 * What a matching rule does.
 *
 * @param teamId assign to this team: round-robin among its online members under the cap, or
 *     left in the team's queue when none is
 * @param agentId assign to this agent directly (not together with a team)
 * @param maxOpenPerAgent with a team: skip members who already hold this many open conversations
 * @param priority set the priority: low, normal, high or urgent
 * @param tags add these tags
 */
public record RuleActions(Long teamId, Long agentId, Integer maxOpenPerAgent, String priority, List<String> tags) {

    public RuleActions {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
