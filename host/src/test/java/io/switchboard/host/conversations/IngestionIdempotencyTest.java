package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Providers retry; a message delivered twice, even at the same moment, is stored once. */
class IngestionIdempotencyTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void aRetriedMessageIsStoredOnce() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            assertEquals(202, visitor.say("once", "retry-1").status());
            assertEquals(202, visitor.say("once", "retry-1").status());
            assertEquals(1, storedMessagesOf(visitor));
        }
    }

    @Test
    void concurrentDeliveriesOfOneMessageStoreOne() throws Exception {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> visitor.say("same", "burst-1").status(), pool));
            }
            for (CompletableFuture<Integer> answer : answers) {
                assertEquals(202, answer.get());
            }
            assertEquals(1, storedMessagesOf(visitor));
        }
    }

    @Test
    void concurrentFirstMessagesOfANewContactOpenOneConversation() throws Exception {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String id = "first-" + i;
                answers.add(CompletableFuture.supplyAsync(() -> visitor.say("hello " + id, id).status(), pool));
            }
            for (CompletableFuture<Integer> answer : answers) {
                assertEquals(202, answer.get());
            }
            long conversations = desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM"
                    + " conversations WHERE customer_address = :a").bind("a", visitor.visitorId())
                    .mapTo(Long.class).one());
            assertEquals(1, conversations);
            assertEquals(8, storedMessagesOf(visitor));
        }
    }

    private static long storedMessagesOf(WebChatVisitor visitor) {
        return desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM messages m JOIN conversations c"
                + " ON c.id = m.conversation_id WHERE c.customer_address = :a AND m.direction = 'inbound'")
                .bind("a", visitor.visitorId()).mapTo(Long.class).one());
    }
}
