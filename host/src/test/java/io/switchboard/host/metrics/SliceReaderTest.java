package io.switchboard.host.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.TestDesk;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A backfill slice read ahead is used as read unless a live step evaluated one of its
 * conversations since: then it may lack an event the live step saw, and is read again.
 * The read ahead runs at once here, so what it saw is fixed before the test adds an event.
 */
class SliceReaderTest {

    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private TestDesk desk;
    private SliceReader reader;
    private ConversationScript conversation;

    @BeforeEach
    void start() {
        MutableClock clock = new MutableClock(T0);
        desk = TestDesk.start(clock, List.of());
        reader = new SliceReader(desk.desk().jdbi(), new TimelineLoader(), new RunAtOnce());
        conversation = ConversationScript.open(desk.desk().jdbi(), clock, "webchat", T0).customer(0);
    }

    @AfterEach
    void close() {
        reader.close();
        desk.close();
    }

    private int eventsTaken() throws java.sql.SQLException {
        long id = conversation.id();
        return desk.desk().jdbi().inTransaction(h -> reader.take(h, id, id)).get(id).size();
    }

    @Test
    void aSliceReadAheadIsTakenAsItWasRead() throws Exception {
        reader.readAhead(conversation.id(), conversation.id());
        conversation.reply(5, 1);

        assertEquals(2, eventsTaken(), "opened and the customer message: the reply came after the read");
    }

    @Test
    void aLiveStepOnOneOfItsConversationsMakesTheSliceBeReadAgain() throws Exception {
        reader.readAhead(conversation.id(), conversation.id());
        conversation.reply(5, 1);
        reader.invalidate(List.of(conversation.id()));

        assertEquals(3, eventsTaken());
    }

    @Test
    void aLiveStepOnOtherConversationsKeepsTheReadAhead() throws Exception {
        reader.readAhead(conversation.id(), conversation.id());
        conversation.reply(5, 1);
        reader.invalidate(List.of(conversation.id() + 1));

        assertEquals(2, eventsTaken());
    }

    @Test
    void aSliceNotReadAheadIsReadWhenTaken() throws Exception {
        reader.readAhead(conversation.id() + 1, conversation.id() + 5);
        conversation.reply(5, 1);

        assertEquals(3, eventsTaken());
    }

    /** Runs each task on the caller's thread. */
    private static final class RunAtOnce extends AbstractExecutorService {
        private boolean shutdown;

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }
}
