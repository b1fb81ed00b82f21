package io.switchboard.host.sla;

import io.switchboard.host.hours.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * A conversation's SLA as agents see it. {@code remainingSeconds} is business time left until
 * the due time (negative once overdue); {@code paused} says the clock is not running now
 * because the channel is outside business hours.
 */
public record SlaView(long conversationId, Long policyId, String policyName, boolean paused, Target firstResponse,
                      Target resolution) {

    /** One target: met (with when), breached, or running with time left; null without a target. */
    public record Target(Instant dueAt, Instant metAt, Instant breachedAt, Long remainingSeconds, String state) {

        static Target of(Instant due, Instant metAt, Instant breachedAt, BusinessCalendar calendar, Instant now) {
            if (due == null) {
                return null;
            }
            String state = breachedAt != null ? "breached" : metAt != null ? "met" : "running";
            Long remaining = metAt != null ? null : calendar.between(now, due).toSeconds();
            return new Target(due, metAt, breachedAt, remaining, state);
        }
    }

    static SlaView of(SlaState s, String policyName, BusinessCalendar calendar, Instant now) {
        return new SlaView(s.conversationId(), s.policyId(), policyName, !calendar.isOpen(now),
                Target.of(s.firstResponseDue(), s.firstResponseAt(), s.firstResponseBreachedAt(), calendar, now),
                Target.of(s.resolutionDue(), s.resolvedAt(), s.resolutionBreachedAt(), calendar, now));
    }

    /** Whether a running target has less than {@code margin} of business time left. */
    boolean atRisk(Duration margin) {
        return running(firstResponse, margin) || running(resolution, margin);
    }

    private static boolean running(Target t, Duration margin) {
        return t != null && "running".equals(t.state()) && t.remainingSeconds() != null
                && t.remainingSeconds() < margin.toSeconds();
    }
}
