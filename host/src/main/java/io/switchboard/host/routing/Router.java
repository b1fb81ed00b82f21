package io.switchboard.host.routing;

import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.host.conversations.Conversation;
import io.switchboard.host.conversations.ConversationOpenedHook;
import io.switchboard.host.conversations.ConversationStore;
import io.switchboard.host.conversations.EventLog;
import io.switchboard.host.conversations.InboundChannel;
import io.switchboard.host.hours.CalendarStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Routes a conversation when it opens: the first matching rule sets its priority, adds tags
 * and assigns it to a team (round-robin among online members under the cap; unassigned in the
 * team's queue when nobody is) or to an agent. Runs inside the ingest transaction.
 */
public final class Router implements ConversationOpenedHook {

    private final Clock clock;
    private final RuleStore rules;
    private final CalendarStore calendars;
    private final ConversationStore conversations;
    private final EventLog events;
    private final TeamAssigner teams = new TeamAssigner();

    public Router(Clock clock, RuleStore rules, CalendarStore calendars, ConversationStore conversations,
                  EventLog events) {
        this.clock = clock;
        this.rules = rules;
        this.calendars = calendars;
        this.conversations = conversations;
        this.events = events;
    }

    @Override
    public void opened(Handle h, Conversation conversation, InboundChannel channel, String firstText) {
        List<RoutingRule> all = rules.list(h);
        if (all.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String instanceKey = h.createQuery("SELECT instance_key FROM channel_instances WHERE id = :id")
                .bind("id", channel.instanceId()).mapTo(String.class).one();
        NewConversation candidate = new NewConversation(channel.channelType(), attributes(h, conversation.contactId()),
                firstText, () -> calendars.forChannel(h, instanceKey, channel.channelType())
                .map(c -> c.calendar().isOpen(now)).orElse(true));
        RuleMatcher.firstMatch(all, candidate).ifPresent(rule -> apply(h, conversation, channel, rule, now));
    }

    private void apply(Handle h, Conversation conversation, InboundChannel channel, RoutingRule rule, Instant now) {
        RuleActions then = rule.actions();
        long id = conversation.id();
        if (then.priority() != null) {
            h.createUpdate("UPDATE conversations SET priority = :priority WHERE id = :id")
                    .bind("priority", then.priority()).bind("id", id).execute();
        }
        for (String tag : new LinkedHashSet<>(then.tags())) {
            h.createUpdate("INSERT INTO conversation_tags (conversation_id, tag, added_at) VALUES (:id, :tag, :now)")
                    .bind("id", id).bind("tag", tag).bind("now", now).execute();
        }
        Optional<Long> assignee = Optional.ofNullable(then.agentId());
        if (then.teamId() != null) {
            h.createUpdate("UPDATE conversations SET team_id = :team WHERE id = :id").bind("team", then.teamId())
                    .bind("id", id).execute();
            assignee = teams.next(h, then.teamId(), then.maxOpenPerAgent());
        }
        assignee.ifPresent(agentId -> {
            conversations.assign(h, id, agentId);
            events.append(h, new EventLog.Entry(id, ConversationEventType.ASSIGNED, now, channel.channelType(),
                    agentId, then.teamId(), null, Map.of("by", "routing", "rule", String.valueOf(rule.id()))));
        });
    }

    private static Map<String, String> attributes(Handle h, long contactId) {
        return h.createQuery("SELECT name, value FROM contact_attributes WHERE contact_id = :id")
                .bind("id", contactId).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
