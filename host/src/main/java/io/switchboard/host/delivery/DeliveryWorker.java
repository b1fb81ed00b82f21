package io.switchboard.host.delivery;

import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.host.channels.ChannelRegistry;
import io.switchboard.host.channels.ChannelRuntime;
import io.switchboard.host.conversations.InboundIngestor;
import io.switchboard.host.conversations.LiveNotice;
import io.switchboard.host.conversations.MessageStore;
import io.switchboard.host.live.LiveHub;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox: claims due rows with a lease (safe with several host processes), hands
 * each to its channel plugin, and records SENT, a retry with backoff, or FAILED. Replies of
 * one conversation go out in order: a row waits while an older row of its conversation is
 * still in the outbox. A crash between a provider's acceptance and our commit re-sends the
 * message after the lease (at-least-once), with the same message id for the plugin to dedupe.
 */
public final class DeliveryWorker implements AutoCloseable {

    static final int MAX_ATTEMPTS = 12;
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration CHANNEL_UNAVAILABLE_DELAY = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int WORKERS = 4;

    private final Jdbi jdbi;
    private final Clock clock;
    private final MessageStore messages;
    private final ChannelRegistry registry;
    private final InboundIngestor ingestor;
    private final LiveHub live;
    private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS, named("delivery"));
    private final Semaphore capacity = new Semaphore(WORKERS);
    private final Object signal = new Object();
    private final Thread dispatcher;
    private volatile boolean running = true;
    private boolean woken;

    public DeliveryWorker(Jdbi jdbi, Clock clock, MessageStore messages, ChannelRegistry registry,
                          InboundIngestor ingestor, LiveHub live) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.messages = messages;
        this.registry = registry;
        this.ingestor = ingestor;
        this.live = live;
        this.dispatcher = named("outbox-dispatcher").newThread(this::dispatchLoop);
    }

    /**
     * Starts draining. With an embedded database this process is the only one, so leases
     * left by a previous run that crashed are released at once instead of after they expire.
     */
    public void start(boolean soleProcess) {
        if (soleProcess) {
            int released = jdbi.withHandle(h -> h.createUpdate("UPDATE outbox SET locked_until = NULL"
                    + " WHERE locked_until IS NOT NULL").execute());
            if (released > 0) {
                LOG.info("Released {} outbox leases left by the previous run; those replies are retried now",
                        released);
            }
        }
        dispatcher.start();
    }

    /** Replies that waited for an unavailable channel are due now (its plugin was started). */
    public void retryWaitingForChannels() {
        jdbi.useHandle(h -> h.createUpdate("UPDATE outbox SET next_attempt_at = :now, waiting_for_channel = FALSE"
                + " WHERE waiting_for_channel = TRUE").bind("now", clock.instant()).execute());
        wakeUp();
    }

    /** Looks at the outbox now instead of at the next tick (a reply was just queued). */
    public void wakeUp() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void dispatchLoop() {
        while (running) {
            try {
                List<Long> claimed = claimDue(capacity.availablePermits());
                for (long messageId : claimed) {
                    capacity.acquire();
                    pool.execute(() -> {
                        try {
                            deliver(messageId);
                        } finally {
                            capacity.release();
                        }
                    });
                }
                if (claimed.isEmpty()) {
                    awaitSignal(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Outbox dispatch failed; retrying shortly", e);
                sleepQuietly(1000);
            }
        }
    }

    private List<Long> claimDue(int max) {
        if (max == 0) {
            return List.of();
        }
        Instant now = clock.instant();
        List<Long> due = jdbi.withHandle(h -> h.createQuery("SELECT o.message_id FROM outbox o"
                        + " WHERE o.next_attempt_at <= :now AND (o.locked_until IS NULL OR o.locked_until < :now)"
                        + " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.conversation_id = o.conversation_id"
                        + " AND p.message_id < o.message_id) ORDER BY o.next_attempt_at LIMIT :max")
                .bind("now", now).bind("max", max).mapTo(Long.class).list());
        List<Long> claimed = new ArrayList<>();
        for (long id : due) {
            int won = jdbi.withHandle(h -> h.createUpdate("UPDATE outbox SET locked_until = :lease,"
                            + " attempts = attempts + 1 WHERE message_id = :id"
                            + " AND (locked_until IS NULL OR locked_until < :now)")
                    .bind("lease", now.plus(LEASE)).bind("id", id).bind("now", now).execute());
            if (won == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    void deliver(long messageId) {
        Optional<Delivery> loaded = jdbi.withHandle(h -> DeliveryLoader.load(h, messageId));
        if (loaded.isEmpty()) {
            return;
        }
        Delivery delivery = loaded.get();
        Optional<ChannelRuntime> runtime = registry.byId(delivery.instanceId());
        if (runtime.isEmpty()) {
            postpone(delivery, "the channel is disabled or its plugin is not started; waiting");
            return;
        }
        DeliveryResult result;
        try {
            result = runtime.get().instance().deliver(delivery.message());
        } catch (Exception | LinkageError e) {
            result = DeliveryResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        record(delivery, result == null ? DeliveryResult.retry("the plugin returned no result") : result);
    }

    private void record(Delivery delivery, DeliveryResult result) {
        Instant now = clock.instant();
        List<LiveNotice> notices = jdbi.inTransaction(h -> {
            if (result instanceof DeliveryResult.Sent sent) {
                return sent(h, delivery, sent.externalId(), now);
            } else if (result instanceof DeliveryResult.Failed failed) {
                String reason = failed.code().isEmpty() ? failed.reason() : failed.code() + ": " + failed.reason();
                return failed(h, delivery, reason, now);
            }
            DeliveryResult.Retry retry = (DeliveryResult.Retry) result;
            if (delivery.attempts() >= MAX_ATTEMPTS) {
                return failed(h, delivery, "gave up after " + delivery.attempts() + " attempts: " + retry.reason(),
                        now);
            }
            Duration delay = Backoff.after(delivery.attempts(), retry.retryAfter());
            reschedule(h, delivery, now.plus(delay), retry.reason());
            messages.setStatus(h, delivery.messageId(), DeliveryStatus.QUEUED, "retrying after attempt "
                    + delivery.attempts() + ": " + retry.reason(), null, now);
            return List.of(LiveNotice.messageStatus(delivery.conversationId(), delivery.messageId(), DeliveryStatus.QUEUED));
        });
        notices.forEach(n -> live.publishToAgents(n.event(), n.data()));
    }

    private List<LiveNotice> sent(Handle h, Delivery delivery, String externalId, Instant now) {
        messages.setStatus(h, delivery.messageId(), DeliveryStatus.SENT, null, externalId, now);
        removeFromOutbox(h, delivery);
        List<LiveNotice> notices = new ArrayList<>();
        notices.add(LiveNotice.messageStatus(delivery.conversationId(), delivery.messageId(), DeliveryStatus.SENT));
        notices.addAll(ingestor.applyParkedStatuses(h, delivery.instanceId(),
                messages.find(h, delivery.messageId()).orElseThrow()));
        wakeUp();
        return notices;
    }

    private List<LiveNotice> failed(Handle h, Delivery delivery, String reason, Instant now) {
        LOG.warn("Message {} failed permanently: {}", delivery.messageId(), reason);
        messages.setStatus(h, delivery.messageId(), DeliveryStatus.FAILED, reason, null, now);
        removeFromOutbox(h, delivery);
        wakeUp();
        return List.of(LiveNotice.messageStatus(delivery.conversationId(), delivery.messageId(), DeliveryStatus.FAILED));
    }

    private void postpone(Delivery delivery, String reason) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE outbox SET attempts = attempts - 1, locked_until = NULL,"
                        + " waiting_for_channel = TRUE, next_attempt_at = :next, last_error = :reason"
                        + " WHERE message_id = :id")
                .bind("next", clock.instant().plus(CHANNEL_UNAVAILABLE_DELAY)).bind("reason", reason)
                .bind("id", delivery.messageId()).execute());
    }

    private static void reschedule(Handle h, Delivery delivery, Instant next, String reason) {
        h.createUpdate("UPDATE outbox SET locked_until = NULL, next_attempt_at = :next, last_error = :reason"
                        + " WHERE message_id = :id")
                .bind("next", next).bind("reason", truncate(reason)).bind("id", delivery.messageId()).execute();
    }

    private static void removeFromOutbox(Handle h, Delivery delivery) {
        h.createUpdate("DELETE FROM outbox WHERE message_id = :id").bind("id", delivery.messageId()).execute();
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private void awaitSignal(long millis) throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(millis);
            }
            woken = false;
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        running = false;
        wakeUp();
        dispatcher.interrupt();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
            dispatcher.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
