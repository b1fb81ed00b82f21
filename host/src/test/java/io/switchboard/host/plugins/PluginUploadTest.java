package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.TestPlugins;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Admins upload a plugin zip into the running desk, see what it is, install, upgrade and remove it. */
class PluginUploadTest {

    @RegisterExtension
    final TestDesk desk = TestDesk.perTest();

    @Test
    void anUploadIsPreviewedWithWhatItContributesBeforeAnythingOfItRuns() throws Exception {
        Path zip = TestPlugins.smsPluginZip("1.0.0");

        ApiResponse preview = upload(zip, null);

        assertEquals(201, preview.status(), preview.body());
        JsonObject p = preview.json();
        assertEquals("test-sms", p.get("id").getAsString());
        assertEquals("1.0.0", p.get("version").getAsString());
        assertEquals("install", p.get("action").getAsString());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip))),
                p.get("sha256").getAsString());
        JsonObject extension = p.getAsJsonArray("extensions").get(0).getAsJsonObject();
        assertEquals("channel", extension.get("extensionPoint").getAsString());
        assertEquals(404, desk.get("/api/v1/admin/plugins/test-sms").status(), "staged, not installed");
    }

    @Test
    void anInstalledUploadTakesMessagesWithoutARestart() {
        install(TestPlugins.smsPluginZip("1.0.0"));

        String key = createChannel();
        assertEquals(200, sms(key, "m1", "Hello from an uploaded plugin").status());
        assertTrue(desk.get("/api/v1/conversations").body().contains("Hello from an uploaded plugin"));
    }

    @Test
    void anUpgradeKeepsTheChannelInstancesAndTheirWebhooks() {
        install(TestPlugins.smsPluginZip("1.0.0"));
        String key = createChannel();
        sms(key, "m1", "before");

        ApiResponse preview = upload(TestPlugins.smsPluginZip("1.1.0"), null);
        assertEquals("upgrade", preview.json().get("action").getAsString());
        assertEquals("1.0.0", preview.json().get("installedVersion").getAsString());
        JsonObject after = desk.post("/api/v1/admin/plugins/uploads/" + preview.json().get("uploadId").getAsString()
                + "/install", null).json();

        assertEquals("1.1.0", after.get("version").getAsString());
        assertEquals("started", after.get("state").getAsString());
        assertEquals(200, sms(key, "m2", "after the upgrade").status());
        assertTrue(desk.get("/api/v1/conversations").body().contains("after the upgrade"));
    }

    @Test
    void aReplyQueuedWhileThePluginIsDownForAnUpgradeIsDeliveredByTheNewVersion() {
        install(TestPlugins.smsPluginZip("1.0.0"));
        String key = createChannel();
        sms(key, "m1", "where is my parcel?");
        long conversationId = desk.get("/api/v1/conversations").json().getAsJsonArray("items").get(0)
                .getAsJsonObject().get("id").getAsLong();
        assertEquals(200, desk.post("/api/v1/admin/plugins/test-sms/stop", null).status());

        ApiResponse reply = desk.post("/api/v1/conversations/" + conversationId + "/replies",
                Map.of("text", "It left the warehouse today."));
        assertEquals(202, reply.status(), reply.body());
        ApiResponse preview = upload(TestPlugins.smsPluginZip("1.1.0"), null);
        desk.post("/api/v1/admin/plugins/uploads/" + preview.json().get("uploadId").getAsString() + "/install", null);

        TestDesk.await("the queued reply is sent by version 1.1.0", () -> "sent".equals(desk.get(
                "/api/v1/conversations/" + conversationId).json().getAsJsonArray("messages").asList().stream()
                .map(JsonElement::getAsJsonObject).filter(m -> m.get("text").getAsString().startsWith("It left"))
                .findFirst().orElseThrow().get("status").getAsString()));
    }

    @Test
    void anOlderOrEqualVersionIsNotAnUpgrade() {
        install(TestPlugins.smsPluginZip("1.1.0"));
        ApiResponse preview = upload(TestPlugins.smsPluginZip("1.0.0"), null);

        ApiResponse refused = desk.post("/api/v1/admin/plugins/uploads/" + preview.json().get("uploadId")
                .getAsString() + "/install", null);

        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("needs a newer version"), refused.body());
    }

    @Test
    void removingAPluginWithChannelsIsRefusedUntilTheAdminSaysWhatHappensToThem() {
        install(TestPlugins.smsPluginZip("1.0.0"));
        String key = createChannel();

        ApiResponse refused = desk.send("DELETE", "/api/v1/admin/plugins/test-sms", desk.adminToken(), null);

        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("channel '" + key + "'"), refused.body());
        assertEquals("started", desk.get("/api/v1/admin/plugins/test-sms").json().get("state").getAsString());
    }

    @Test
    void removingAPluginLeavesNothingBehind() throws Exception {
        install(TestPlugins.smsPluginZip("1.0.0"));
        String key = createChannel();
        Path installDir = desk.desk().plugins().installDir;

        ApiResponse removed = desk.send("DELETE", "/api/v1/admin/plugins/test-sms?channels=delete", desk.adminToken(),
                null);

        assertEquals(200, removed.status(), removed.body());
        assertEquals(404, desk.get("/api/v1/admin/plugins/test-sms").status());
        assertFalse(desk.get("/api/v1/admin/channel-types").body().contains("testsms"));
        try (Stream<Path> left = Files.list(installDir)) {
            assertEquals(0, left.count(), "plugin files are deleted");
        }
        assertEquals(0, (int) desk.desk().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plugin_settings WHERE plugin_id = 'test-sms'").mapTo(Integer.class).one()));
        assertEquals(404, sms(key, "m9", "gone").status(), "the deleted channel's webhook is unknown");
        assertTrue(audit().toString().contains("plugin.uninstalled"));
    }

    @Test
    void removingWithChannelsDisabledKeepsThemSwitchedOff() {
        install(TestPlugins.smsPluginZip("1.0.0"));
        String key = createChannel();

        desk.send("DELETE", "/api/v1/admin/plugins/test-sms?channels=disable", desk.adminToken(), null);

        JsonObject channel = desk.get("/api/v1/admin/channels").jsonElement().getAsJsonArray().asList().stream()
                .map(JsonElement::getAsJsonObject).filter(c -> c.get("key").getAsString().equals(key)).findFirst()
                .orElseThrow();
        assertFalse(channel.get("enabled").getAsBoolean());
        assertEquals(503, sms(key, "m2", "while gone").status());
    }

    @Test
    void aBundledPluginCannotBeRemoved() {
        ApiResponse refused = desk.send("DELETE", "/api/v1/admin/plugins/webchat?channels=delete", desk.adminToken(),
                null);

        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("bundled"), refused.body());
    }

    @Test
    void withATrustedKeyAnUnsignedUploadIsRefused() throws Exception {
        trust(Ed25519.keys());

        ApiResponse refused = upload(TestPlugins.smsPluginZip("1.0.0"), null);

        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("only accepts signed plugins"), refused.body());
    }

    @Test
    void aSignatureByATrustedKeyIsAcceptedAndNamed() throws Exception {
        KeyPair keys = Ed25519.keys();
        trust(keys);
        Path zip = TestPlugins.smsPluginZip("1.0.0");

        ApiResponse preview = upload(zip, Ed25519.sign(keys, zip));

        assertEquals(201, preview.status(), preview.body());
        assertEquals("release key", preview.json().get("signedBy").getAsString());
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws Exception {
        trust(Ed25519.keys());
        Path zip = TestPlugins.smsPluginZip("1.0.0");

        ApiResponse refused = upload(zip, Ed25519.sign(Ed25519.keys(), zip));

        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("does not verify"), refused.body());
    }

    @Test
    void everyPluginActionIsInTheAuditLogWithWhoDidIt() {
        install(TestPlugins.smsPluginZip("1.0.0"));
        desk.post("/api/v1/admin/plugins/test-sms/stop", null);

        JsonArray entries = audit();
        JsonObject stopped = entries.get(0).getAsJsonObject();
        assertEquals("plugin.stopped", stopped.get("action").getAsString());
        assertEquals(TestDesk.ADMIN_EMAIL, stopped.get("actor").getAsString());
        assertEquals("test-sms", stopped.get("target").getAsString());
        assertTrue(entries.toString().contains("plugin.installed"));
        assertTrue(entries.toString().contains("plugin.uploaded"));
    }

    private JsonArray audit() {
        return desk.get("/api/v1/admin/audit?action=plugin.").jsonElement().getAsJsonArray();
    }

    private void trust(KeyPair keys) {
        ApiResponse added = desk.post("/api/v1/admin/plugin-keys", Map.of("name", "release key", "publicKey",
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())));
        assertEquals(201, added.status(), added.body());
    }

    private void install(Path zip) {
        ApiResponse preview = upload(zip, null);
        assertEquals(201, preview.status(), preview.body());
        ApiResponse installed = desk.post("/api/v1/admin/plugins/uploads/" + preview.json().get("uploadId")
                .getAsString() + "/install", null);
        assertEquals(200, installed.status(), installed.body());
        assertEquals("started", installed.json().get("state").getAsString(), installed.body());
    }

    private ApiResponse upload(Path zip, String signature) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(desk.url("/api/v1/admin/plugins/uploads"))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + desk.adminToken())
                    .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofFile(zip));
            if (signature != null) {
                request.header("Plugin-Signature", signature);
            }
            return desk.send(request.build());
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private String createChannel() {
        ApiResponse created = desk.post("/api/v1/admin/channels", Map.of("type", "testsms", "name", "Uploaded SMS",
                "config", Map.of("accountId", "AC1", "apiKey", "k-123", "fromNumber", "+15550001111")));
        assertEquals(201, created.status(), created.body());
        return created.json().get("key").getAsString();
    }

    private ApiResponse sms(String key, String id, String text) {
        return desk.send(HttpRequest.newBuilder(desk.url("/webhooks/" + key)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("from=%2B15557654321&id=" + id + "&text="
                        + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))).build());
    }

    /** How a plugin author signs: Ed25519 over the 32 bytes of the zip's SHA-256. */
    static final class Ed25519 {
        static KeyPair keys() throws Exception {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        }

        static String sign(KeyPair keys, Path zip) throws Exception {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip)));
            return Base64.getEncoder().encodeToString(signer.sign());
        }
    }
}
