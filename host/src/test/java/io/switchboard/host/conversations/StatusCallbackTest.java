package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.host.testing.StoreFixture;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Provider status callbacks update our outbound messages, whatever order they arrive in. */
class StatusCallbackTest {

    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");
    private StoreFixture store;
    private long replyId;

    @BeforeEach
    void setUp() {
        store = new StoreFixture(Clock.systemUTC());
        store.ingest(InboundMessage.text("in-1", Address.of("test", "c1"), null, T, "hi"));
        replyId = store.replies(() -> { }).reply(store.onlyConversationId(), store.agent(), "hello", null).id();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void deliveredAndReadCallbacksMoveTheMessageForward() {
        markSent("wamid.1");
        store.ingest(update("wamid.1", DeliveryStatus.DELIVERED), update("wamid.1", DeliveryStatus.READ));
        assertEquals("READ", store.messageColumn(replyId, "status"));
    }

    @Test
    void aLateDeliveredCallbackDoesNotUndoRead() {
        markSent("wamid.2");
        store.ingest(update("wamid.2", DeliveryStatus.READ));
        store.ingest(update("wamid.2", DeliveryStatus.DELIVERED));
        assertEquals("READ", store.messageColumn(replyId, "status"));
    }

    @Test
    void aFailureCallbackKeepsTheProvidersCodeAndReason() {
        markSent("wamid.3");
        store.ingest(new DeliveryUpdate("wamid.3", DeliveryStatus.FAILED, T, "131047",
                "Re-engagement message: more than 24 hours have passed"));
        assertEquals("FAILED", store.messageColumn(replyId, "status"));
        assertEquals("131047: Re-engagement message: more than 24 hours have passed",
                store.messageColumn(replyId, "status_reason"));
    }

    @Test
    void aCallbackThatArrivesBeforeWeRecordedTheProviderIdIsAppliedWhenWeDo() {
        store.ingest(update("wamid.4", DeliveryStatus.DELIVERED));
        List<LiveNotice> notices = markSent("wamid.4");
        assertEquals("DELIVERED", store.messageColumn(replyId, "status"));
        assertEquals(1, notices.size());
    }

    private List<LiveNotice> markSent(String externalId) {
        return store.jdbi().inTransaction(h -> {
            store.messages().setStatus(h, replyId, DeliveryStatus.SENT, null, externalId, T);
            return store.ingestor().applyParkedStatuses(h, store.instanceId(),
                    store.messages().find(h, replyId).orElseThrow());
        });
    }

    private static DeliveryUpdate update(String externalId, DeliveryStatus status) {
        return new DeliveryUpdate(externalId, status, T, null, null);
    }
}
