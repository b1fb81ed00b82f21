package io.switchboard.host.conversations;

import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.ContactUpdate;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.api.channel.event.InboundEvent;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.host.contacts.ContactStore;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.store.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Stores a channel's inbound events in one transaction, idempotently, and tells agents
 * after the commit. Callers answer the provider only after {@link #ingest} returned, so an
 * acknowledged webhook is always durable; a provider retry of the same events stores nothing
 * new. Lost races (two deliveries of one message at once) are resolved by retrying the
 * transaction, which then sees the winner's rows.
 */
public final class InboundIngestor {

    private final Jdbi jdbi;
    private final ContactStore contacts;
    private final LiveHub live;
    private final MessageIngest messages;
    private final StatusIngest statuses;
    private final CallIngest calls;

    public InboundIngestor(Jdbi jdbi, Clock clock, ContactStore contacts, ConversationStore conversations,
                           MessageStore messageStore, EventLog events, LiveHub live) {
        this(jdbi, clock, contacts, conversations, messageStore, events, live, IngestHooks.NONE);
    }

    /** An ingestor whose {@code hooks} run in the ingest transaction (routing, survey answers). */
    public InboundIngestor(Jdbi jdbi, Clock clock, ContactStore contacts, ConversationStore conversations,
                           MessageStore messageStore, EventLog events, LiveHub live, IngestHooks hooks) {
        this.jdbi = jdbi;
        this.contacts = contacts;
        this.live = live;
        this.messages = new MessageIngest(clock, contacts, conversations, messageStore, events, hooks);
        this.statuses = new StatusIngest(messageStore);
        this.calls = new CallIngest(clock, contacts, conversations, events, hooks.opened());
    }

    public void ingest(InboundChannel channel, List<InboundEvent> events) {
        ingest(channel, events, h -> { });
    }

    /** Stores the events and runs {@code alsoInTransaction} (a poll cursor) in the same commit. */
    public void ingest(InboundChannel channel, List<InboundEvent> events, Consumer<Handle> alsoInTransaction) {
        if (events.isEmpty()) {
            jdbi.useTransaction(alsoInTransaction::accept);
            return;
        }
        List<LiveNotice> notices = Transactions.inTransactionWithRetry(jdbi, h -> {
            List<LiveNotice> collected = new ArrayList<>();
            for (InboundEvent event : events) {
                collected.addAll(store(h, channel, event));
            }
            alsoInTransaction.accept(h);
            return collected;
        });
        notices.forEach(n -> live.publishToAgents(n.event(), n.data()));
    }

    /** Applies status callbacks parked before the delivery recorded its provider id. */
    public List<LiveNotice> applyParkedStatuses(Handle h, long instanceId, Message message) {
        return statuses.applyParked(h, instanceId, message);
    }

    private List<LiveNotice> store(Handle h, InboundChannel channel, InboundEvent event) {
        if (event instanceof InboundMessage message) {
            return messages.ingest(h, channel, message);
        } else if (event instanceof DeliveryUpdate update) {
            return statuses.ingest(h, channel, update);
        } else if (event instanceof CallEvent call) {
            return calls.ingest(h, channel, call);
        } else if (event instanceof ContactUpdate update) {
            long contactId = contacts.resolve(h, update.address(), update.displayName());
            if (update.displayName() != null && !update.displayName().isBlank()) {
                contacts.rename(h, contactId, update.displayName());
            }
            update.otherAddresses().forEach(address -> contacts.link(h, contactId, address, update.displayName()));
            return List.of();
        }
        throw new IllegalArgumentException("unknown inbound event " + event.getClass().getName());
    }
}
