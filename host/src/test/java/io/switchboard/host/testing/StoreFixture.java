package io.switchboard.host.testing;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.ChannelCapabilities;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.api.channel.ThreadingMode;
import io.switchboard.api.channel.event.InboundEvent;
import io.switchboard.host.contacts.ContactStore;
import io.switchboard.host.conversations.ConversationStore;
import io.switchboard.host.conversations.EventLog;
import io.switchboard.host.conversations.InboundChannel;
import io.switchboard.host.conversations.InboundIngestor;
import io.switchboard.host.conversations.MessageStore;
import io.switchboard.host.conversations.ReplyService;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.store.Database;
import io.switchboard.host.users.Role;
import io.switchboard.host.users.User;
import io.switchboard.host.users.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The conversation store on a real database without HTTP or plugins: one channel instance
 * row, an agent, and the ingestion and reply services, for tests of store-level behaviour.
 */
public final class StoreFixture implements AutoCloseable {

    public static final ChannelType CHANNEL_TYPE = new ChannelType("scripted", "Scripted", new AddressKind("test"),
            ChannelCapabilities.pushChat());

    private final TestDatabase testDatabase;
    private final Database database;
    private final LiveHub live = new LiveHub();
    private final long instanceId;
    private final User agent;
    private final InboundIngestor ingestor;
    private final MessageStore messages = new MessageStore();
    private final ConversationStore conversations;
    private final EventLog events = new EventLog();
    private final Clock clock;

    public StoreFixture(Clock clock) {
        this.clock = clock;
        try {
            Path dir = Files.createTempDirectory("store-test");
            testDatabase = TestDatabase.create(dir);
            database = Database.open(testDatabase.url(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        agent = new UserStore(jdbi(), clock).create("agent@test.local", "Agent", Role.AGENT, "password 123");
        instanceId = jdbi().withHandle(h -> h.createUpdate("INSERT INTO channel_instances (instance_key,"
                        + " channel_type, name, config_json, secrets_enc, signing_key, created_at, updated_at)"
                        + " VALUES ('scripted', 'scripted', 'Scripted', '{}', '', 'k', :now, :now)")
                .bind("now", Instant.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        conversations = new ConversationStore(clock);
        ingestor = new InboundIngestor(jdbi(), clock, new ContactStore(jdbi(), clock), conversations, messages, events,
                live);
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public long instanceId() {
        return instanceId;
    }

    public User agent() {
        return agent;
    }

    public LiveHub live() {
        return live;
    }

    public MessageStore messages() {
        return messages;
    }

    public InboundIngestor ingestor() {
        return ingestor;
    }

    public void ingest(InboundEvent... events) {
        ingestor.ingest(new InboundChannel(instanceId, CHANNEL_TYPE.id(), ThreadingMode.BY_CONTACT), List.of(events));
    }

    public ReplyService replies(Runnable outboxWakeUp) {
        return new ReplyService(jdbi(), clock, conversations, messages, events, id -> Optional.of(CHANNEL_TYPE), live,
                outboxWakeUp);
    }

    public long onlyConversationId() {
        return jdbi().withHandle(h -> h.createQuery("SELECT id FROM conversations").mapTo(Long.class).one());
    }

    /** One column of a message row, as text. */
    public String messageColumn(long messageId, String column) {
        return jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM messages WHERE id = :id")
                .bind("id", messageId).mapTo(String.class).one());
    }

    @Override
    public void close() {
        live.close();
        database.close();
        testDatabase.drop();
    }
}
