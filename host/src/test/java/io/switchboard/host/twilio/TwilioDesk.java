package io.switchboard.host.twilio;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import io.switchboard.plugins.twilio.testing.TwilioRequests;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test desk with a loopback fake Twilio: creates SMS and voice channels through the admin API
 * with their base URL pointing at the fake, and sends Twilio's webhooks to them, signed.
 */
final class TwilioDesk implements AutoCloseable {

    static final String ACCOUNT_SID = "AC" + "5".repeat(32);
    static final String AUTH_TOKEN = "desk-test-auth-token";
    static final String SMS_NUMBER = "+15550001111";
    static final String VOICE_NUMBER = "+15550002222";
    static final String RING_NUMBER = "+15550003333";

    private static final AtomicInteger KEYS = new AtomicInteger();

    final TestDesk desk;
    final FakeTwilio twilio = FakeTwilio.start(ACCOUNT_SID, AUTH_TOKEN);

    TwilioDesk(TestDesk desk) {
        this.desk = desk;
    }

    /** A unique instance key, so tests sharing a desk never share a channel. */
    static String key(String prefix) {
        return prefix + "-" + KEYS.incrementAndGet();
    }

    /** Creates an SMS channel as an admin would; returns its key. */
    String createSms() {
        return create("sms", key("sms"), Map.of("phoneNumber", SMS_NUMBER));
    }

    /** Creates a voice channel as an admin would, with these settings beyond the account; returns its key. */
    String createVoice(Map<String, String> settings) {
        Map<String, String> config = new HashMap<>(Map.of("phoneNumber", VOICE_NUMBER, "ringNumber", RING_NUMBER));
        config.putAll(settings);
        return create("voice", key("voice"), config);
    }

    private String create(String type, String key, Map<String, String> settings) {
        Map<String, String> config = new HashMap<>(Map.of("accountSid", ACCOUNT_SID, "authToken", AUTH_TOKEN,
                "baseUrl", twilio.baseUrl()));
        config.putAll(settings);
        ApiResponse created = desk.post("/api/v1/admin/channels", Map.of("type", type, "name", type + " " + key,
                "key", key, "config", config));
        if (created.status() != 201) {
            throw new AssertionError("creating the " + type + " channel failed: " + created);
        }
        return key;
    }

    /** Twilio's requests to an instance. */
    TwilioRequests requests(String key) {
        return new TwilioRequests(desk.url("/webhooks/" + key).toString(), ACCOUNT_SID);
    }

    /** Sends a webhook signed with the account's auth token. */
    ApiResponse signed(TwilioWebhook webhook) {
        return desk.send(webhook.http(webhook.signature(AUTH_TOKEN)));
    }

    /** Sends a webhook with this signature header, or none. */
    ApiResponse withSignature(TwilioWebhook webhook, String signature) {
        return desk.send(webhook.http(signature));
    }

    /** The conversations of a channel instance with a customer address, newest first. */
    JsonArray conversationsWith(String address) {
        JsonArray all = desk.get("/api/v1/conversations?limit=100").json().getAsJsonArray("items");
        JsonArray matching = new JsonArray();
        all.forEach(c -> {
            if (c.getAsJsonObject().getAsJsonObject("contact").get("address").getAsString().equals(address)) {
                matching.add(c);
            }
        });
        return matching;
    }

    /** The only conversation of a channel instance with an address. */
    JsonObject conversationOn(String key, String address) {
        JsonObject found = null;
        for (var c : conversationsWith(address)) {
            if (c.getAsJsonObject().getAsJsonObject("channel").get("key").getAsString().equals(key)) {
                if (found != null) {
                    throw new AssertionError("more than one conversation with " + address + " on " + key);
                }
                found = c.getAsJsonObject();
            }
        }
        if (found == null) {
            throw new AssertionError("no conversation with " + address + " on " + key);
        }
        return found;
    }

    /** A conversation with its messages and calls. */
    JsonObject detail(long conversationId) {
        return desk.get("/api/v1/conversations/" + conversationId).json();
    }

    @Override
    public void close() {
        twilio.close();
    }
}
