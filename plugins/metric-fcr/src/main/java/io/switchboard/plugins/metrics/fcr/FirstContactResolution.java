package io.switchboard.plugins.metrics.fcr;

import io.switchboard.api.conversation.ConversationEvent;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.Aggregation;
import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.MetricUnit;
import io.switchboard.api.metric.Observation;
import io.switchboard.plugins.metrics.common.Facts;
import java.time.Duration;
import java.util.List;
import org.pf4j.Extension;

/**
 * Whether a resolved conversation was resolved at first contact: at its first resolution it
 * had exactly one agent reply and no customer message after that reply (for a call
 * conversation: exactly one call, answered), and it was not reopened within the reopen
 * window. One observation per conversation, 1 or 0, at its first resolution. While the window
 * is still open the value is provisional: a reopen inside it turns it to 0.
 */
@Extension
public final class FirstContactResolution implements MetricType {

    /** How long after a resolution a reopen still counts against first contact resolution. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    private static final MetricDefinition DEFINITION = new MetricDefinition("first-contact-resolution",
            "First contact resolution", "Whether a resolved conversation needed one agent reply (voice: one call)"
            + " and stayed resolved for " + REOPEN_WINDOW.toDays() + " days.", MetricUnit.BOOLEAN,
            List.of(Aggregation.SHARE, Aggregation.COUNT), null, false);

    @Override
    public MetricDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Observation> observe(ConversationTimeline timeline) {
        Facts facts = Facts.of(timeline);
        List<ConversationEvent> resolutions = facts.resolutions();
        if (resolutions.isEmpty()) {
            return List.of();
        }
        ConversationEvent first = resolutions.get(0);
        List<ConversationEvent> before = facts.events().stream().filter(e -> e.sequence() < first.sequence()).toList();
        boolean oneContact = facts.isVoice() ? oneAnsweredCall(before) : oneReplyNotFollowedUp(before);
        boolean value = oneContact && !reopenedWithinWindow(facts, first);
        return List.of(new Observation("fcr", value ? 1 : 0, first.at(), null));
    }

    private static boolean oneAnsweredCall(List<ConversationEvent> before) {
        var calls = Facts.of(new ConversationTimeline("c", "voice", false, before, java.time.Instant.EPOCH)).calls();
        return calls.size() == 1 && calls.values().iterator().next().attribute("answered").map(Boolean::parseBoolean)
                .orElse(false);
    }

    /**
     * Exactly one agent reply, as metrics.md defines it: a conversation resolved with no agent
     * reply at all (spam closed, a customer who sorted it out alone) is resolved but not first
     * contact resolution, so it counts against the share rather than being left out.
     */
    private static boolean oneReplyNotFollowedUp(List<ConversationEvent> before) {
        List<ConversationEvent> replies = before.stream().filter(e -> e.type() == ConversationEventType.AGENT_REPLY)
                .toList();
        if (replies.size() != 1) {
            return false;
        }
        long reply = replies.get(0).sequence();
        return before.stream().noneMatch(e -> e.type() == ConversationEventType.CUSTOMER_MESSAGE
                && e.sequence() > reply);
    }

    private static boolean reopenedWithinWindow(Facts facts, ConversationEvent resolution) {
        var windowEnd = resolution.at().plus(REOPEN_WINDOW);
        return facts.events().stream().filter(e -> e.sequence() > resolution.sequence())
                .filter(e -> !e.at().isAfter(windowEnd))
                .anyMatch(e -> Facts.isReopen(e) || e.type() == ConversationEventType.CUSTOMER_MESSAGE);
    }
}
