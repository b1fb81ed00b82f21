package io.switchboard.plugins.sms;

import static io.switchboard.plugins.sms.SmsTestbed.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.plugins.twilio.testing.TestChannelContext;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Twilio's MessageStatus callbacks update the delivery status of our replies. */
class StatusCallbackTest {

    private final SmsTestbed sms = SmsTestbed.start();

    @AfterEach
    void stop() {
        sms.close();
    }

    private static DeliveryUpdate only(WebhookResult result) {
        assertEquals(204, SmsTestbed.http(result).status());
        assertEquals(1, result.events().size());
        return assertInstanceOf(DeliveryUpdate.class, result.events().get(0));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"sent, SENT", "delivered, DELIVERED", "read, READ", "undelivered, FAILED", "failed, FAILED",
            "canceled, FAILED"})
    void twiliosStatusesMapToDeliveryStatuses(String twilio, DeliveryStatus expected) {
        DeliveryUpdate update = only(sms.signed(SmsTestbed.status("SM42", twilio)));
        assertEquals("SM42", update.externalId());
        assertEquals(expected, update.status());
        assertEquals(sms.context.clock().instant(), update.at());
    }

    @ParameterizedTest(name = "{0} changes nothing")
    @ValueSource(strings = {"queued", "accepted", "scheduled", "sending", "partially_delivered", "some-future-status"})
    void intermediateAndUnknownStatusesAreAcknowledgedWithoutAnUpdate(String twilio) {
        WebhookResult result = sms.signed(SmsTestbed.status("SM42", twilio));
        assertEquals(204, SmsTestbed.http(result).status());
        assertEquals(0, result.events().size());
    }

    @Test
    void anUndeliveredMessageCarriesTwiliosErrorCodeExplained() {
        DeliveryUpdate update = only(sms.signed(SmsTestbed.status("SM42", "undelivered").param("ErrorCode",
                "30003")));
        assertEquals("30003", update.errorCode());
        assertEquals("the destination handset is unreachable (https://www.twilio.com/docs/errors/30003)",
                update.errorMessage());
    }

    @Test
    void aFailureWithoutAnErrorCodeSaysWhatTwilioReported() {
        DeliveryUpdate update = only(sms.signed(SmsTestbed.status("SM42", "failed")));
        assertEquals(null, update.errorCode());
        assertEquals("Twilio reported the message as failed", update.errorMessage());
    }

    @Test
    void aDeliveredMessageCarriesNoError() {
        DeliveryUpdate update = only(sms.signed(SmsTestbed.status("SM42", "delivered").param("ErrorCode", "0")));
        assertEquals(null, update.errorCode());
        assertEquals(null, update.errorMessage());
    }

    @Test
    void anUnsignedStatusCallbackIsRefused() {
        assertRefused(403, sms.instance.onWebhook(SmsTestbed.status("SM42", "delivered").request(null)));
    }

    @Test
    void aCallbackWithoutMessageSidIsABadRequest() {
        assertRefused(400, sms.signed(TwilioWebhook.to(TestChannelContext.WEBHOOK_URL, "/status")
                .param("MessageStatus", "delivered")));
    }
}
