package io.switchboard.host.followups;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes snoozed conversations when their time comes. Durable because the schedule is the
 * follow_ups table: a tick reads what is due by the desk's clock, so a reminder that fell due
 * while the desk was down wakes on the first tick after the start. One tick a second keeps a
 * reminder at most about a second late.
 */
public final class FollowUpScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpScheduler.class);

    private final FollowUps followUps;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "follow-up-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public FollowUpScheduler(FollowUps followUps, Duration interval) {
        this.followUps = followUps;
        this.interval = interval;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            followUps.wakeDue();
        } catch (RuntimeException e) {
            LOG.warn("Waking due follow-ups failed; trying again on the next tick", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
