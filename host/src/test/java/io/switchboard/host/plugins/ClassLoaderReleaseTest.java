package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.TestPlugins;
import java.lang.ref.WeakReference;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After an uninstall nothing of the desk keeps the plugin's classes: its class loader is
 * collected. The plugin is used first (an instance opened, a webhook handled, a reply
 * delivered) so every cache on those paths has had the chance to hold on to it.
 */
class ClassLoaderReleaseTest {

    @RegisterExtension
    final TestDesk desk = TestDesk.perTest();

    @Test
    void anUninstalledPluginsClassLoaderIsCollected() throws Exception {
        WeakReference<ClassLoader> loader = installUseAndRemove();

        for (int i = 0; i < 100 && loader.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }

        assertNull(loader.get(), "the uninstalled plugin's class loader is still reachable");
    }

    private WeakReference<ClassLoader> installUseAndRemove() {
        Path zip = TestPlugins.smsPluginZip("1.0.0");
        ApiResponse preview = desk.send(HttpRequest.newBuilder(desk.url("/api/v1/admin/plugins/uploads"))
                .header("Authorization", "Bearer " + desk.adminToken()).header("Content-Type", "application/zip")
                .POST(ofFile(zip)).build());
        desk.post("/api/v1/admin/plugins/uploads/" + preview.json().get("uploadId").getAsString() + "/install", null);
        WeakReference<ClassLoader> loader = new WeakReference<>(desk.desk().plugins().classLoaderOf("test-sms"));
        assertNotNull(loader.get());
        String key = desk.post("/api/v1/admin/channels", Map.of("type", "testsms", "name", "SMS", "config",
                Map.of("accountId", "AC1", "apiKey", "k", "fromNumber", "+15550001111"))).json().get("key")
                .getAsString();
        ApiResponse webhook = desk.send(HttpRequest.newBuilder(desk.url("/webhooks/" + key))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("from=%2B15557654321&id=m1&text=hi")).build());
        assertEquals(200, webhook.status());
        long conversation = desk.get("/api/v1/conversations").json().getAsJsonArray("items").get(0).getAsJsonObject()
                .get("id").getAsLong();
        desk.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "hello"));
        TestDesk.await("the reply is sent", () -> desk.get("/api/v1/conversations/" + conversation).body()
                .contains("\"sent\""));
        ApiResponse removed = desk.send("DELETE", "/api/v1/admin/plugins/test-sms?channels=delete",
                desk.adminToken(), null);
        assertEquals(200, removed.status(), removed.body());
        return loader;
    }

    private static HttpRequest.BodyPublisher ofFile(Path zip) {
        try {
            return HttpRequest.BodyPublishers.ofFile(zip);
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

}
