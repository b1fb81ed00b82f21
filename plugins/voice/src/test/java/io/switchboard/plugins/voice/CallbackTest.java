package io.switchboard.plugins.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundCall;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An agent's callback: Twilio rings the agent's phone, then dials the customer from the desk's number. */
class CallbackTest {

    private final VoiceTestbed voice = VoiceTestbed.start();

    @AfterEach
    void stop() {
        voice.close();
    }

    private static OutboundCall callback(Address agentPhone) {
        return new OutboundCall("req-1", "12", Address.phone(VoiceTestbed.CUSTOMER), "Maya", agentPhone, Map.of());
    }

    @Test
    void aCallbackIsPlacedThroughTheCallsApiAndReturnsTheCallSid() {
        var sent = assertInstanceOf(DeliveryResult.Sent.class, voice.instance.placeCall(callback(null)));

        FakeTwilio.Received request = voice.twilio.created("Calls").get(0);
        assertTrue(sent.externalId().startsWith("CA"));
        assertEquals(VoiceTestbed.RING_NUMBER, request.field("To"), "the agent's phone rings first");
        assertEquals(VoiceTestbed.OUR_NUMBER, request.field("From"));
        String query = "?customer=%2B15551234567&direction=outbound&agent=%2B15550003333";
        assertEquals(VoiceTestbed.URL + "/status" + query, request.field("StatusCallback"));
        assertEquals(List.of("answered", "completed"), request.fields("StatusCallbackEvent"));
        assertEquals("20", request.field("Timeout"));
        String q = query.replace("&", "&amp;");
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say language=\"en-US\">Calling back"
                + " 1 5 5 5 1 2 3 4 5 6 7.</Say><Dial timeout=\"20\" action=\"" + VoiceTestbed.URL + "/dial" + q
                + "\" callerId=\"+15550002222\"><Number statusCallbackEvent=\"answered completed\" statusCallback=\""
                + VoiceTestbed.URL + "/leg" + q + "\">+15551234567</Number></Dial></Response>", request.field("Twiml"));
    }

    @Test
    void theAgentsOwnPhoneIsRungWhenTheHostNamesOne() {
        voice.instance.placeCall(callback(Address.phone("+15550004444")));
        assertEquals("+15550004444", voice.twilio.created("Calls").get(0).field("To"));
    }

    @Test
    void theCustomerAnsweringACallbackTellsWhenAndWhichAgentCalled() {
        TwilioWebhook customerLeg = TwilioWebhook.to(VoiceTestbed.URL,
                        "/leg?customer=%2B15551234567&direction=outbound&agent=%2B15550003333")
                .param("CallSid", "CA9").param("ParentCallSid", VoiceTestbed.CALL_SID)
                .param("CallStatus", "in-progress").param("From", VoiceTestbed.OUR_NUMBER)
                .param("To", VoiceTestbed.CUSTOMER).param("Direction", "outbound-dial");
        CallEvent answered = voice.event(customerLeg);
        assertEquals(Address.phone(VoiceTestbed.CUSTOMER), answered.caller(), "filed under the customer's contact");
        assertEquals(VoiceTestbed.RING_NUMBER, answered.answeredBy());
    }

    @Test
    void aCallerWhoWithheldTheirNumberCannotBeCalledBack() {
        var failed = assertInstanceOf(DeliveryResult.Failed.class, voice.instance.placeCall(new OutboundCall("r",
                "1", Address.of("withheld", "CA1"), null, null, Map.of())));
        assertEquals("no-number", failed.code());
        assertEquals(0, voice.twilio.received().size());
    }

    @Test
    void withoutARingNumberThereIsNoPhoneToRingFirst() {
        try (VoiceTestbed noRing = VoiceTestbed.withConfig(Map.of("ringNumber", ""))) {
            var failed = assertInstanceOf(DeliveryResult.Failed.class, noRing.instance.placeCall(callback(null)));
            assertEquals("no-agent-phone", failed.code());
        }
    }

    @Test
    void twiliosRefusalIsClassified() {
        voice.twilio.failNext(400, 21215, "Account not authorized to call +15551234567.");
        var failed = assertInstanceOf(DeliveryResult.Failed.class, voice.instance.placeCall(callback(null)));
        assertEquals("21215", failed.code());
        voice.twilio.rateLimitNext(2);
        assertInstanceOf(DeliveryResult.Retry.class, voice.instance.placeCall(callback(null)));
    }

    @Test
    void textRepliesAreRefusedWithWhatToDoInstead() {
        var failed = assertInstanceOf(DeliveryResult.Failed.class, voice.instance.deliver(OutboundMessage.text("1",
                "2", Address.phone(VoiceTestbed.CUSTOMER), "hello")));
        assertTrue(failed.reason().contains("call the customer back"), failed.reason());
    }
}
