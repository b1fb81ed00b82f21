package io.switchboard.plugins.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageFlag;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** STOP and its synonyms block sending to the number, with the reason shown; START lifts it. */
class OptOutTest {

    private final SmsTestbed sms = SmsTestbed.start();

    @AfterEach
    void stop() {
        sms.close();
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(value = {
            "STOP | OPT_OUT", "stop | OPT_OUT", "  Stop  | OPT_OUT", "STOPALL | OPT_OUT", "StopAll | OPT_OUT",
            "UNSUBSCRIBE | OPT_OUT", "unsubscribe | OPT_OUT", "CANCEL | OPT_OUT", "End | OPT_OUT", "quit | OPT_OUT",
            "START | OPT_IN", "start | OPT_IN", "UNSTOP | OPT_IN", "Unstop | OPT_IN",
            "stop sending me offers | none", "STOP! | none", "please stop | none", "starting | none",
            "HELP | none", "'' | none"}, delimiter = '|')
    void keywordsAreWholeMessagesInAnyCase(String body, String expected) {
        Optional<MessageFlag> flag = OptOutKeywords.of(body, null);
        assertEquals(expected, flag.map(Enum::name).orElse("none"));
    }

    @Test
    void twiliosOptOutTypeDecidesForKeywordsTheAccountConfigured() {
        assertEquals(Optional.of(MessageFlag.OPT_OUT), OptOutKeywords.of("ARRET", "STOP"));
        assertEquals(Optional.of(MessageFlag.OPT_IN), OptOutKeywords.of("REPRENDRE", "START"));
        assertEquals(Optional.empty(), OptOutKeywords.of("AIDE", "HELP"));
    }

    @Test
    void aStopMessageIsStoredFlaggedAsOptOut() {
        InboundMessage stop = (InboundMessage) sms.signed(SmsTestbed.incoming("SM1", "stop")).events().get(0);
        assertEquals(Set.of(MessageFlag.OPT_OUT), stop.flags());
        assertEquals("stop", stop.text(), "the agent sees what the customer wrote");
    }

    @Test
    void aReplyToANumberThatSentStopFailsWithTheReasonAndTwilioIsNotAsked() {
        sms.context.clock().set(Instant.parse("2026-03-02T09:30:00Z"));
        sms.signed(SmsTestbed.incoming("SM1", "STOP"));

        DeliveryResult result = sms.instance.deliver(reply("Sorry to see you go"));

        var failed = assertInstanceOf(DeliveryResult.Failed.class, result);
        assertEquals("21610", failed.code());
        assertEquals("not sent: the customer replied STOP on 2026-03-02 09:30 UTC; they must text START before you"
                + " can message them", failed.reason());
        assertEquals(0, sms.twilio.received().size());
    }

    @Test
    void startLiftsTheOptOutAndIsFlaggedAsOptIn() {
        sms.signed(SmsTestbed.incoming("SM1", "STOP"));
        InboundMessage start = (InboundMessage) sms.signed(SmsTestbed.incoming("SM2", "Start")).events().get(0);

        assertEquals(Set.of(MessageFlag.OPT_IN), start.flags());
        assertInstanceOf(DeliveryResult.Sent.class, sms.instance.deliver(reply("Welcome back")));
    }

    @Test
    void aRepeatedStopKeepsTheDateOfTheFirst() {
        sms.context.clock().set(Instant.parse("2026-03-01T08:00:00Z"));
        sms.signed(SmsTestbed.incoming("SM1", "STOP"));
        sms.context.clock().set(Instant.parse("2026-03-05T08:00:00Z"));
        sms.signed(SmsTestbed.incoming("SM2", "QUIT"));

        var failed = assertInstanceOf(DeliveryResult.Failed.class, sms.instance.deliver(reply("?")));
        assertTrue(failed.reason().contains("2026-03-01"), failed.reason());
    }

    @Test
    void anOptOutConcernsOnlyTheNumberThatSentIt() {
        sms.signed(SmsTestbed.incoming("SM1", "STOP"));
        DeliveryResult other = sms.instance.deliver(OutboundMessage.text("m2", "c2", Address.phone("+15557654321"),
                "Hello"));
        assertInstanceOf(DeliveryResult.Sent.class, other);
    }

    private static OutboundMessage reply(String text) {
        return OutboundMessage.text("m1", "c1", Address.phone(SmsTestbed.CUSTOMER), text);
    }
}
