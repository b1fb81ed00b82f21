package io.switchboard.host.routing;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.ThreadingMode;
import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.api.channel.event.CallState;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.host.contacts.ContactStore;
import io.switchboard.host.conversations.ConversationStore;
import io.switchboard.host.conversations.EventLog;
import io.switchboard.host.conversations.InboundChannel;
import io.switchboard.host.conversations.InboundIngestor;
import io.switchboard.host.conversations.IngestHooks;
import io.switchboard.host.conversations.MessageStore;
import io.switchboard.host.hours.CalendarStore;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.StoreFixture;
import io.switchboard.host.users.Role;
import io.switchboard.host.users.UserStore;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** A real database with the router hooked into ingestion, and helpers to make agents, teams and messages. */
final class RoutingBench implements AutoCloseable {

    final MutableClock clock;
    final StoreFixture store;
    final RuleStore rules;
    final CalendarStore calendars;
    private final InboundIngestor ingestor;
    private int contacts;

    RoutingBench(Instant start) {
        clock = new MutableClock(start);
        store = new StoreFixture(clock);
        rules = new RuleStore(jdbi(), clock);
        calendars = new CalendarStore(jdbi(), clock);
        ConversationStore conversations = new ConversationStore(clock);
        EventLog events = new EventLog();
        ingestor = new InboundIngestor(jdbi(), clock, new ContactStore(jdbi(), clock), conversations,
                new MessageStore(), events, store.live(),
                IngestHooks.NONE.withOpened(new Router(clock, rules, calendars, conversations, events)));
    }

    Jdbi jdbi() {
        return store.jdbi();
    }

    long agent(String name, String availability) {
        long id = new UserStore(jdbi(), clock).create(name.toLowerCase() + "@test.local", name, Role.AGENT,
                "password 123").id();
        jdbi().useHandle(h -> h.createUpdate("UPDATE users SET availability = :a WHERE id = :id")
                .bind("a", availability).bind("id", id).execute());
        return id;
    }

    long team(String name, long... members) {
        long id = jdbi().withHandle(h -> h.createUpdate("INSERT INTO teams (name, created_at) VALUES (:n, :now)")
                .bind("n", name).bind("now", clock.instant()).executeAndReturnGeneratedKeys("id").mapTo(Long.class)
                .one());
        for (long member : members) {
            jdbi().useHandle(h -> h.createUpdate("INSERT INTO team_members (team_id, user_id) VALUES (:t, :u)")
                    .bind("t", id).bind("u", member).execute());
        }
        return id;
    }

    /** A new customer writes; returns the new conversation's id. */
    long newConversation(String text) {
        return newConversationFrom("customer-" + (++contacts), text);
    }

    long newConversationFrom(String address, String text) {
        InboundMessage message = InboundMessage.text(UUID.randomUUID().toString(),
                new Address(new AddressKind("test"), address), null, clock.instant(), text);
        ingestor.ingest(new InboundChannel(store.instanceId(), StoreFixture.CHANNEL_TYPE.id(),
                ThreadingMode.BY_CONTACT), List.of(message));
        return jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM conversations").mapTo(Long.class).one());
    }

    /** A customer calls on a channel of this type; returns the conversation the call opened. */
    long newCallFrom(String address, String channelType) {
        CallEvent ringing = new CallEvent(UUID.randomUUID().toString(), new Address(new AddressKind("test"), address),
                null, CallState.RINGING, clock.instant(), null, null, null, null, null, null, false);
        ingestor.ingest(new InboundChannel(store.instanceId(), channelType, ThreadingMode.BY_CONTACT), List.of(ringing));
        return jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM conversations").mapTo(Long.class).one());
    }

    void setAttribute(String address, String name, String value) {
        jdbi().useHandle(h -> h.createUpdate("INSERT INTO contact_attributes (contact_id, name, value, updated_at)"
                        + " SELECT contact_id, :name, :value, :now FROM contact_identities WHERE address = :address")
                .bind("name", name).bind("value", value).bind("now", clock.instant()).bind("address", address)
                .execute());
    }

    /** A contact known before they write, so attributes can be set before routing. */
    void knownContact(String address) {
        jdbi().useHandle(h -> new ContactStore(jdbi(), clock).resolve(h, new Address(new AddressKind("test"), address),
                null));
    }

    String column(long conversationId, String column) {
        return jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM conversations WHERE id = :id")
                .bind("id", conversationId).mapTo(String.class).one());
    }

    Long assignee(long conversationId) {
        return jdbi().withHandle(h -> h.createQuery("SELECT assignee_id FROM conversations WHERE id = :id")
                .bind("id", conversationId).mapTo(Long.class).findOne().orElse(null));
    }

    @Override
    public void close() {
        store.close();
    }
}
