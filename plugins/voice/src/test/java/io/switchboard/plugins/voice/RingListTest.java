package io.switchboard.plugins.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AvailableAgent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An incoming call rings the online agents' phones, falling back to the configured ring number. */
class RingListTest {

    private static final String ADA = "+15550007001";
    private static final String BEN = "+15550007002";

    @Test
    void withNobodyOnlineTheConfiguredRingNumberRings() {
        try (VoiceTestbed voice = VoiceTestbed.start()) {
            String twiml = voice.twiml(VoiceTestbed.incoming());
            assertEquals(List.of(VoiceTestbed.RING_NUMBER), numbersRung(twiml));
        }
    }

    @Test
    void everyOnlineAgentsPhoneRingsAtOnceInsteadOfTheRingNumber() {
        try (VoiceTestbed voice = VoiceTestbed.start()) {
            voice.context.setAvailableAgents(List.of(new AvailableAgent("Ada", Address.phone(ADA)),
                    new AvailableAgent("Ben", Address.phone(BEN))));
            String twiml = voice.twiml(VoiceTestbed.incoming());
            assertEquals(List.of(ADA, BEN), numbersRung(twiml));
            assertTrue(twiml.contains("/leg?customer=%2B15551234567&amp;agent=%2B15550007001\""), twiml);
            assertTrue(twiml.contains("/leg?customer=%2B15551234567&amp;agent=%2B15550007002\""), twiml);
            assertTrue(twiml.contains("/dial?customer=%2B15551234567\""), twiml);
        }
    }

    @Test
    void oneOnlineAgentIsNamedInTheDialCallbackSoTheAnswerSaysWhoTookIt() {
        try (VoiceTestbed voice = VoiceTestbed.start()) {
            voice.context.setAvailableAgents(List.of(new AvailableAgent("Ada", Address.phone(ADA))));
            String twiml = voice.twiml(VoiceTestbed.incoming());
            assertEquals(List.of(ADA), numbersRung(twiml));
            assertTrue(twiml.contains("/dial?customer=%2B15551234567&amp;agent=%2B15550007001\""), twiml);
        }
    }

    @Test
    void theListIsAskedForOnEveryCallSoAvailabilityChangesApplyAtOnce() {
        try (VoiceTestbed voice = VoiceTestbed.start()) {
            voice.context.setAvailableAgents(List.of(new AvailableAgent("Ada", Address.phone(ADA))));
            assertEquals(List.of(ADA), numbersRung(voice.twiml(VoiceTestbed.incoming())));
            voice.context.setAvailableAgents(List.of());
            assertEquals(List.of(VoiceTestbed.RING_NUMBER), numbersRung(voice.twiml(VoiceTestbed.incoming())));
        }
    }

    @Test
    void withNobodyOnlineAndNoRingNumberTheCallerLeavesAVoicemail() {
        try (VoiceTestbed voice = VoiceTestbed.withConfig(Map.of("ringNumber", ""))) {
            String twiml = voice.twiml(VoiceTestbed.incoming());
            assertTrue(numbersRung(twiml).isEmpty(), twiml);
            assertTrue(twiml.contains("<Record "), twiml);
        }
    }

    private static List<String> numbersRung(String twiml) {
        return java.util.regex.Pattern.compile("<Number [^>]*>([^<]+)</Number>").matcher(twiml).results()
                .map(m -> m.group(1)).toList();
    }
}
