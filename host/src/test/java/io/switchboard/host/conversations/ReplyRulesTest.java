package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.ChannelCapabilities;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.api.channel.ReplyPolicy;
import io.switchboard.host.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplyRulesTest {

    private static final Instant LAST_CUSTOMER_MESSAGE = Instant.parse("2026-11-20T10:00:00Z");
    private static final ChannelType WHATSAPP_LIKE = new ChannelType("wa", "WhatsApp", Address.phone("+15550000000")
            .kind(), ChannelCapabilities.pushChat().withMaxTextLength(4096).withReplyPolicy(
                    new ReplyPolicy(Duration.ofHours(24), null, true, "")));

    @Test
    void aTemplateIsAllowedOnAChannelThatSendsTemplatesOutsideTheWindow() {
        assertDoesNotThrow(() -> ReplyRules.checkTemplate(WHATSAPP_LIKE));
    }

    @Test
    void aTemplateIsRefusedOnAChannelWithoutTemplates() {
        ChannelType messengerLike = new ChannelType("m", "Messenger", Address.of("psid", "1").kind(),
                ChannelCapabilities.pushChat().withReplyPolicy(new ReplyPolicy(Duration.ofHours(24),
                        Duration.ofDays(7), false, "")));
        Problem refused = assertThrows(Problem.class, () -> ReplyRules.checkTemplate(messengerLike));
        assertEquals(422, refused.status());
        assertEquals("Templates not supported", refused.title());
        assertEquals(false, refused.extensions().get("templatesAllowed"));
    }

    @Test
    void aReplyInsideTheWindowIsAllowed() {
        assertDoesNotThrow(() -> ReplyRules.check(WHATSAPP_LIKE, conversation(LAST_CUSTOMER_MESSAGE), "hi",
                LAST_CUSTOMER_MESSAGE.plus(Duration.ofHours(23))));
    }

    @Test
    void aReplyAfterTheWindowIsRefusedSayingWhenItClosedAndWhatIsAllowed() {
        Problem refused = assertThrows(Problem.class, () -> ReplyRules.check(WHATSAPP_LIKE,
                conversation(LAST_CUSTOMER_MESSAGE), "hi", LAST_CUSTOMER_MESSAGE.plus(Duration.ofHours(25))));
        assertEquals(422, refused.status());
        assertEquals("2026-11-21T10:00:00Z", refused.extensions().get("windowClosedAt"));
        assertTrue(refused.detail().contains("template"), refused.detail());
    }

    @Test
    void theWindowClosesExactlyAtItsEnd() {
        assertThrows(Problem.class, () -> ReplyRules.check(WHATSAPP_LIKE, conversation(LAST_CUSTOMER_MESSAGE), "hi",
                LAST_CUSTOMER_MESSAGE.plus(Duration.ofHours(24))));
    }

    @Test
    void aConversationTheCustomerNeverWroteInHasNoOpenWindow() {
        assertThrows(Problem.class, () -> ReplyRules.check(WHATSAPP_LIKE, conversation(null), "hi",
                LAST_CUSTOMER_MESSAGE));
    }

    @Test
    void theExtendedWindowCountsWhenTheChannelHasOne() {
        ChannelType messengerLike = new ChannelType("m", "Messenger", Address.of("psid", "1").kind(),
                ChannelCapabilities.pushChat().withReplyPolicy(new ReplyPolicy(Duration.ofHours(24),
                        Duration.ofDays(7), false, "Sent with the HUMAN_AGENT tag.")));
        assertDoesNotThrow(() -> ReplyRules.check(messengerLike, conversation(LAST_CUSTOMER_MESSAGE), "hi",
                LAST_CUSTOMER_MESSAGE.plus(Duration.ofDays(6))));
    }

    @Test
    void aReplyOverTheLengthLimitIsRefusedWithTheLimit() {
        Problem refused = assertThrows(Problem.class, () -> ReplyRules.check(WHATSAPP_LIKE,
                conversation(LAST_CUSTOMER_MESSAGE), "x".repeat(4097), LAST_CUSTOMER_MESSAGE));
        assertEquals(4096, refused.extensions().get("maxTextLength"));
    }

    private static Conversation conversation(Instant lastCustomerMessageAt) {
        return new Conversation(1, 1, 1, Address.phone("+15551234567"), ConversationStatus.OPEN, "normal", null, null,
                null, "SB-TEST", null, LAST_CUSTOMER_MESSAGE, LAST_CUSTOMER_MESSAGE, lastCustomerMessageAt, null);
    }
}
