package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.TestPlugins;
import io.switchboard.host.testing.WebChatVisitor;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A plugin that throws, hangs or returns garbage fails alone: its calls are cut off, counted
 * and shown, it is stopped once it keeps failing, and web chat goes on working meanwhile.
 */
class FaultIsolationTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass(List.of(TestPlugins.faultyPluginDir()));
    private static String key;

    @BeforeEach
    void healthyPluginWithShortTimeouts() {
        PluginGuard guard = desk.desk().plugins().guard();
        guard.setPolicy("faulty", new PluginGuard.Policy(Duration.ofMillis(300), Duration.ofMillis(300), 3, 8));
        if (!"started".equals(plugin().get("state").getAsString())) {
            desk.post("/api/v1/admin/plugins/faulty/start", null);
        }
        guard.reset("faulty");
        if (key == null) {
            ApiResponse created = desk.post("/api/v1/admin/channels", Map.of("type", "faulty", "name", "Faulty",
                    "config", Map.of()));
            assertEquals(201, created.status(), created.body());
            key = created.json().get("key").getAsString();
        }
    }

    @Test
    void aWebhookThePluginThrowsOnIs500AndCounted() {
        ApiResponse answer = webhook("throw");

        assertEquals(500, answer.status());
        JsonObject health = plugin().getAsJsonObject("health");
        assertEquals(1, health.get("failures").getAsInt());
        assertTrue(health.get("lastError").getAsString().contains("the faulty plugin throws as asked"),
                health.toString());
    }

    @Test
    void aHungWebhookIsAbandonedAnd503SoTheProviderRetries() {
        ApiResponse answer = webhook("hang");

        assertEquals(503, answer.status());
        assertEquals("30", answer.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(1, plugin().getAsJsonObject("health").get("timeouts").getAsInt());
    }

    @Test
    void aNullAnswerIsAFailureNotACrash() {
        assertEquals(500, webhook("null").status());
        assertTrue(plugin().getAsJsonObject("health").get("lastError").getAsString().contains("returned null"));
    }

    @Test
    void aSuccessEndsAStreakOfFailures() {
        webhook("throw");
        webhook("throw");
        assertEquals(200, webhook("ok").status());

        assertEquals(0, plugin().getAsJsonObject("health").get("consecutiveFailures").getAsInt());
        assertEquals("started", plugin().get("state").getAsString());
    }

    @Test
    void aPluginThatKeepsFailingIsStoppedAutomaticallyAndTheAuditLogSaysSo() {
        webhook("throw");
        webhook("null");
        webhook("hang");

        TestDesk.await("the faulty plugin is stopped", () -> "stopped".equals(plugin().get("state").getAsString()));
        assertTrue(plugin().get("failure").getAsString().contains("3 failed calls in a row"));
        assertEquals(503, webhook("ok").status(), "its channels answer 503 so providers retry");
        String audit = desk.get("/api/v1/admin/audit?action=plugin.stopped-automatically").body();
        assertTrue(audit.contains("\"actor\":\"system\"") && audit.contains("faulty"), audit);
    }

    @Test
    void webChatKeepsWorkingWhileAPluginHangs() throws Exception {
        Thread[] hung = new Thread[4];
        for (int i = 0; i < hung.length; i++) {
            hung[i] = new Thread(() -> webhook("hang"));
            hung[i].start();
        }
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Ada"))) {
            ApiResponse said = visitor.say("Still there?");
            assertTrue(said.status() / 100 == 2, said.toString());
        }
        for (Thread thread : hung) {
            thread.join();
        }
        assertTrue(desk.get("/api/v1/conversations").body().contains("Still there?"));
    }

    @Test
    void anAdminStartsAnAutomaticallyStoppedPluginAgain() {
        webhook("throw");
        webhook("throw");
        webhook("throw");
        TestDesk.await("the faulty plugin is stopped", () -> "stopped".equals(plugin().get("state").getAsString()));

        ApiResponse started = desk.post("/api/v1/admin/plugins/faulty/start", null);

        assertEquals("started", started.json().get("state").getAsString());
        assertEquals(0, started.json().getAsJsonObject("health").get("failures").getAsInt());
        assertEquals(200, webhook("ok").status());
    }

    @Test
    void aPluginFailingUnderAnAdminRequestIs502NotADeskError() {
        ApiResponse refused = desk.post("/api/v1/admin/channels", Map.of("type", "faulty", "name", "Broken",
                "config", Map.of("label", "throw")));

        assertEquals(502, refused.status());
        assertTrue(refused.body().contains("plugin faulty failed in validate (threw)"), refused.body());
    }

    private JsonObject plugin() {
        return desk.get("/api/v1/admin/plugins/faulty").json();
    }

    private ApiResponse webhook(String mode) {
        return desk.send(HttpRequest.newBuilder(desk.url("/webhooks/" + key + "?mode=" + mode))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("from=u1&id=" + mode + System.nanoTime() + "&text=hi"))
                .build());
    }
}
