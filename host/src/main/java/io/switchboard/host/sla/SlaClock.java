package io.switchboard.host.sla;

import io.switchboard.host.hours.BusinessCalendar;
import java.time.Instant;

/**
 * The SLA arithmetic, pure: due times are the targets added in business time (so the clock
 * pauses outside business hours), and a target is breached at its due time when it was not
 * met by then.
 */
final class SlaClock {

    private SlaClock() {
    }

    /** The SLA state of a conversation at {@code now} under a policy (null: none) and calendar. */
    static SlaState compute(SlaFacts facts, SlaPolicy policy, BusinessCalendar calendar, Instant now) {
        Instant firstDue = policy == null || policy.firstResponseMinutes() == null ? null
                : calendar.plusMinutes(facts.createdAt(), policy.firstResponseMinutes());
        Instant resolutionDue = policy == null || policy.resolutionMinutes() == null ? null
                : calendar.plusMinutes(facts.resolutionStart(), policy.resolutionMinutes());
        return new SlaState(facts.conversationId(), policy == null ? null : policy.id(), facts.channelType(),
                facts.priority(), firstDue, facts.firstReplyAt(), breach(firstDue, facts.firstReplyAt(), now),
                resolutionDue, facts.resolvedAt(), breach(resolutionDue, facts.resolvedAt(), now), facts.lastSeq());
    }

    /** Breached at the due time when met after it, or not met and the due time has come. */
    static Instant breach(Instant due, Instant metAt, Instant now) {
        if (due == null) {
            return null;
        }
        boolean late = metAt != null ? metAt.isAfter(due) : !now.isBefore(due);
        return late ? due : null;
    }
}
