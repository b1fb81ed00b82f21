package io.switchboard.host.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.host.channels.ChannelRegistry;
import io.switchboard.host.channels.ChannelRuntime;
import io.switchboard.host.conversations.ReplyService;
import io.switchboard.host.testing.StoreFixture;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.users.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox worker against a real database; the channel plugin is a scripted collaborator.
 * Retries are made due at once by moving next_attempt_at, so no test waits for backoff.
 */
class DeliveryWorkerTest {

    private StoreFixture store;
    private Jdbi jdbi;
    private DeliveryWorker worker;
    private ReplyService replies;
    private ScriptedChannel channel;
    private long conversationId;
    private User agent;

    @BeforeEach
    void setUp() {
        store = new StoreFixture(Clock.systemUTC());
        jdbi = store.jdbi();
        agent = store.agent();
        channel = new ScriptedChannel();
        ChannelRegistry registry = mock(ChannelRegistry.class);
        when(registry.byId(anyLong())).thenReturn(Optional.of(new ChannelRuntime(store.instanceId(), "scripted",
                StoreFixture.CHANNEL_TYPE, "scripted-plugin", channel)));
        store.ingest(InboundMessage.text("in-1", Address.of("test", "customer-1"), "Customer", Instant.now(), "help"));
        conversationId = store.onlyConversationId();
        worker = new DeliveryWorker(jdbi, Clock.systemUTC(), store.messages(), registry, store.ingestor(),
                store.live());
        replies = store.replies(worker::wakeUp);
    }

    @AfterEach
    void tearDown() {
        worker.close();
        store.close();
    }

    @Test
    void aSentReplyGetsTheProviderIdAndLeavesTheOutbox() {
        long id = replies.reply(conversationId, agent, "hello", null).id();
        worker.start(false);
        awaitStatus(id, "SENT");
        assertEquals("provider-" + id, column(id, "external_id"));
        assertEquals(0, outboxSize());
    }

    @Test
    void aRetryableFailureIsRetriedUntilItSucceeds() {
        channel.then(DeliveryResult.retry("429 Too Many Requests")).then(DeliveryResult.retry("503"));
        long id = replies.reply(conversationId, agent, "hello", null).id();
        worker.start(false);
        awaitRetryRecorded(1);
        makeDueNow();
        worker.wakeUp();
        awaitRetryRecorded(2);
        makeDueNow();
        worker.wakeUp();
        awaitStatus(id, "SENT");
        assertEquals(3, channel.attempts().size());
        assertTrue(channel.attempts().stream().allMatch(m -> m.messageId().equals(String.valueOf(id))),
                "every attempt carries the same message id for the plugin to dedupe");
    }

    @Test
    void aRetryIsScheduledWithBackoffAndTheReasonIsShown() {
        channel.then(DeliveryResult.retry("503 Service Unavailable"));
        long id = replies.reply(conversationId, agent, "hello", null).id();
        worker.start(false);
        TestDesk.await("the retry is recorded", () -> column(id, "status_reason") != null);
        assertEquals("QUEUED", column(id, "status"));
        assertTrue(column(id, "status_reason").contains("503 Service Unavailable"));
        Instant next = jdbi.withHandle(h -> h.createQuery("SELECT next_attempt_at FROM outbox").mapTo(Instant.class)
                .one());
        assertTrue(next.isAfter(Instant.now().plusMillis(500)), "backed off: " + next);
    }

    @Test
    void aPermanentFailureMarksTheReplyFailedWithTheProvidersReason() {
        channel.then(DeliveryResult.failed("131026", "Message undeliverable: recipient is not on WhatsApp"));
        long id = replies.reply(conversationId, agent, "hello", null).id();
        worker.start(false);
        awaitStatus(id, "FAILED");
        assertEquals("131026: Message undeliverable: recipient is not on WhatsApp", column(id, "status_reason"));
        assertEquals(0, outboxSize());
    }

    @Test
    void aPluginThatThrowsIsTreatedAsRetryable() {
        channel.thenThrow(new IllegalStateException("provider client exploded"));
        long id = replies.reply(conversationId, agent, "hello", null).id();
        worker.start(false);
        TestDesk.await("the failure is recorded", () -> column(id, "status_reason") != null);
        assertEquals("QUEUED", column(id, "status"));
        assertEquals(1, outboxSize());
    }

    @Test
    void theWorkerGivesUpAfterTheMaximumAttempts() {
        channel.always(DeliveryResult.retry("timeout"));
        long id = replies.reply(conversationId, agent, "hello", null).id();
        jdbi.useHandle(h -> h.createUpdate("UPDATE outbox SET attempts = :n").bind("n",
                DeliveryWorker.MAX_ATTEMPTS - 1).execute());
        worker.start(false);
        awaitStatus(id, "FAILED");
        assertTrue(column(id, "status_reason").startsWith("gave up after " + DeliveryWorker.MAX_ATTEMPTS));
    }

    @Test
    void repliesOfOneConversationGoOutInOrderEvenWhenTheFirstIsRetried() {
        channel.then(DeliveryResult.retry("busy"));
        long first = replies.reply(conversationId, agent, "first", null).id();
        long second = replies.reply(conversationId, agent, "second", null).id();
        worker.start(false);
        awaitRetryRecorded(1);
        makeDueNow();
        worker.wakeUp();
        awaitStatus(second, "SENT");
        List<String> order = channel.attempts().stream().map(m -> m.text()).toList();
        assertEquals(List.of("first", "first", "second"), order);
        assertEquals("SENT", column(first, "status"));
    }

    @Test
    void theMessageCarriesTheProviderIdsOfEarlierMessagesForThreading() {
        long id = replies.reply(conversationId, agent, "hello", null).id();
        worker.start(false);
        awaitStatus(id, "SENT");
        assertEquals(List.of("in-1"), channel.attempts().get(0).inReplyTo());
    }

    /** Waits until the worker has released the row after its n-th attempt. */
    private void awaitRetryRecorded(int attempts) {
        TestDesk.await("attempt " + attempts + " is recorded", () -> jdbi.withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM outbox WHERE attempts = :n AND locked_until IS NULL").bind("n", attempts)
                .mapTo(Long.class).one()) > 0);
    }

    @Test
    void aSoleProcessReleasesLeasesLeftByACrashedRun() {
        long id = replies.reply(conversationId, agent, "hello", null).id();
        jdbi.useHandle(h -> h.createUpdate("UPDATE outbox SET locked_until = :later, attempts = 1")
                .bind("later", Instant.now().plus(Duration.ofMinutes(2))).execute());
        worker.start(true);
        awaitStatus(id, "SENT");
    }

    private void makeDueNow() {
        jdbi.useHandle(h -> h.createUpdate("UPDATE outbox SET next_attempt_at = :past")
                .bind("past", Instant.now().minus(Duration.ofSeconds(1))).execute());
    }

    private void awaitStatus(long messageId, String status) {
        TestDesk.await("message " + messageId + " is " + status, () -> status.equals(column(messageId, "status")));
    }

    private String column(long messageId, String column) {
        return store.messageColumn(messageId, column);
    }

    private long outboxSize() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Long.class).one());
    }
}
