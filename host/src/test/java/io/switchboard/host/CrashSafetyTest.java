package io.switchboard.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import io.switchboard.host.testing.DeskProcess;
import io.switchboard.host.testing.TestDatabase;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the desk acknowledged survives SIGKILL: every webhook answered 202 is stored, and a
 * reply answered 202 is delivered after the restart. Runs the desk in its own JVM.
 */
class CrashSafetyTest {

    private Path dataDir;
    private TestDatabase database;

    @BeforeEach
    void setUp() throws Exception {
        dataDir = Files.createTempDirectory("crash-test");
        database = TestDatabase.create(dataDir);
    }

    @AfterEach
    void tearDown() {
        database.drop();
    }

    @Test
    void acknowledgedMessagesAndRepliesSurviveAKill9() throws Exception {
        String visitorToken;
        long conversationId;
        try (DeskProcess first = DeskProcess.start(dataDir, database.url())) {
            TestDesk client = TestDesk.client(first.url());
            WebChatVisitor visitor = WebChatVisitor.arrive(client, "webchat", Map.of());
            for (int i = 0; i < 40; i++) {
                assertEquals(202, visitor.say("message " + i, "m" + i).status());
            }
            conversationId = client.get("/api/v1/conversations?limit=1").json().getAsJsonArray("items").get(0)
                    .getAsJsonObject().get("id").getAsLong();
            assertEquals(202, client.post("/api/v1/conversations/" + conversationId + "/replies",
                    Map.of("text", "answer before the crash")).status());
            visitorToken = visitor.token();
            first.kill();
        }
        try (DeskProcess second = DeskProcess.start(dataDir, database.url())) {
            TestDesk client = TestDesk.client(second.url());
            JsonArray messages = client.get("/api/v1/conversations/" + conversationId).json()
                    .getAsJsonArray("messages");
            assertEquals(41, messages.size(), "40 acknowledged messages and the acknowledged reply");
            TestDesk.await("the reply is delivered after the restart", () -> client.send("GET",
                    "/webhooks/webchat/messages", visitorToken, null).body().contains("answer before the crash"));
        }
    }
}
