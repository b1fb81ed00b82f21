package io.switchboard.plugins.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import io.switchboard.plugins.twilio.testing.TestChannelContext;
import io.switchboard.plugins.twilio.testing.TwilioRequests;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** An SMS instance on an in-memory host, talking to a loopback fake Twilio. */
final class SmsTestbed implements AutoCloseable {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "sms-auth-token";
    static final String OUR_NUMBER = "+15550001111";
    static final String CUSTOMER = "+15551234567";

    final FakeTwilio twilio = FakeTwilio.start(ACCOUNT_SID, AUTH_TOKEN);
    final TestChannelContext context;
    final SmsInstance instance;

    private SmsTestbed(Map<String, String> extraConfig) {
        Map<String, String> config = new HashMap<>(Map.of("accountSid", ACCOUNT_SID, "authToken", AUTH_TOKEN,
                "phoneNumber", OUR_NUMBER, "baseUrl", twilio.baseUrl()));
        config.putAll(extraConfig);
        this.context = new TestChannelContext(new SmsConnector().configSchema(), config);
        this.instance = (SmsInstance) new SmsConnector().open(context);
    }

    static SmsTestbed start() {
        return new SmsTestbed(Map.of());
    }

    static SmsTestbed withConfig(Map<String, String> extraConfig) {
        return new SmsTestbed(extraConfig);
    }

    private static final TwilioRequests REQUESTS = new TwilioRequests(TestChannelContext.WEBHOOK_URL, ACCOUNT_SID);

    /** An incoming message from the customer. */
    static TwilioWebhook incoming(String messageSid, String body) {
        return REQUESTS.incomingSms(messageSid, CUSTOMER, OUR_NUMBER, body);
    }

    /** A status callback for one of our messages. */
    static TwilioWebhook status(String messageSid, String status) {
        return REQUESTS.messageStatus(messageSid, status, OUR_NUMBER, CUSTOMER);
    }

    /** Delivers a webhook signed with the channel's auth token. */
    WebhookResult signed(TwilioWebhook webhook) {
        return instance.onWebhook(webhook.request(webhook.signature(AUTH_TOKEN)));
    }

    static WebhookResponse.Http http(WebhookResult result) {
        return assertInstanceOf(WebhookResponse.Http.class, result.response());
    }

    static String body(WebhookResult result) {
        return new String(http(result).body(), StandardCharsets.UTF_8);
    }

    /** Asserts a problem answer with this status and no events. */
    static void assertRefused(int status, WebhookResult result) {
        assertEquals(status, http(result).status(), () -> body(result));
        assertEquals("application/problem+json", http(result).contentType());
        assertEquals(0, result.events().size(), "a refused request must yield no events");
    }

    @Override
    public void close() {
        twilio.close();
    }
}
