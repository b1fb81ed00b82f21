package io.switchboard.plugins.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.gson.JsonParser;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.MessageTemplate;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.plugins.meta.LoopbackServer;
import io.switchboard.plugins.meta.LoopbackServer.Reply;
import io.switchboard.plugins.meta.MetaTestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replies reach the Send API in exactly the Messenger Platform's format. */
class SendingTest {

    private static final String SEND_PATH = "/v23.0/me/messages";
    private static final String ACCEPTED = "{\"recipient_id\":\"6677889900112233\",\"message_id\":"
            + "\"m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0Q\"}";

    private final MessengerTestbed bed = new MessengerTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aReplyWithin24HoursIsAResponseToThePsidWithThePageTokenAsBearer() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(200, ACCEPTED));

        DeliveryResult result = bed.instance.deliver(reply(MetaTestContext.START.minus(Duration.ofHours(23))));

        assertEquals(DeliveryResult.sent(
                "m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0Q"), result);
        LoopbackServer.Recorded request = bed.graph.onlyRequest();
        assertEquals(SEND_PATH, request.path());
        assertEquals("Bearer EAAG-page-token", request.header("Authorization"));
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals(JsonParser.parseString("{\"recipient\":{\"id\":\"6677889900112233\"},\"messaging_type\":"
                + "\"RESPONSE\",\"message\":{\"text\":\"Your parcel is on its way.\"}}"),
                JsonParser.parseString(request.body()));
    }

    @Test
    void aReplyAfter24HoursCarriesTheHumanAgentTag() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(200, ACCEPTED));

        bed.instance.deliver(reply(MetaTestContext.START.minus(Duration.ofDays(3))));

        assertEquals(JsonParser.parseString("{\"recipient\":{\"id\":\"6677889900112233\"},\"messaging_type\":"
                + "\"MESSAGE_TAG\",\"tag\":\"HUMAN_AGENT\",\"message\":{\"text\":\"Your parcel is on its way.\"}}"),
                JsonParser.parseString(bed.graph.onlyRequest().body()));
    }

    @Test
    void aCustomerWhoNeverWroteIsOnlyReachedWithTheHumanAgentTag() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(200, ACCEPTED));
        bed.instance.deliver(reply(null));
        assertEquals("HUMAN_AGENT", JsonParser.parseString(bed.graph.onlyRequest().body()).getAsJsonObject()
                .get("tag").getAsString());
    }

    @Test
    void anUnavailableCustomerFailsTheMessageWithMetasWords() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(400, "{\"error\":{\"message\":\"(#551) This person isn't"
                + " available right now.\",\"type\":\"OAuthException\",\"code\":551,\"error_subcode\":1545041,"
                + "\"fbtrace_id\":\"AxXw\"}}"));
        assertEquals(DeliveryResult.failed("551/1545041", "(#551) This person isn't available right now."),
                bed.instance.deliver(reply(Instant.now())));
    }

    @Test
    void aRateLimitOrTemporarySendFailureIsRetried() throws Exception {
        for (String error : List.of("{\"error\":{\"message\":\"(#613) Calls to this api have exceeded the rate"
                + " limit.\",\"type\":\"OAuthException\",\"code\":613}}", "{\"error\":{\"message\":\"(#1200)"
                + " Temporary send message failure. Please try again later\",\"type\":\"OAuthException\","
                + "\"code\":1200}}")) {
            bed.graph.reply("POST", SEND_PATH, Reply.json(400, error));
            assertInstanceOf(DeliveryResult.Retry.class, bed.instance.deliver(reply(Instant.now())));
        }
    }

    @Test
    void anExpiredTokenFailsTheMessage() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(401, "{\"error\":{\"message\":\"Error validating access"
                + " token: Session has expired.\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}"));
        assertEquals("190/463", assertInstanceOf(DeliveryResult.Failed.class,
                bed.instance.deliver(reply(Instant.now()))).code());
    }

    @Test
    void aTemplateIsRefusedWithoutCallingMeta() throws Exception {
        OutboundMessage template = new OutboundMessage("9", "1", Address.of("messenger.psid", "6677889900112233"),
                null, null, "[template]", null, List.of(), List.of(), null,
                new MessageTemplate("order_update", "en_US", List.of()), null, null, Map.of());
        assertInstanceOf(DeliveryResult.Failed.class, bed.instance.deliver(template));
        assertEquals(List.of(), bed.graph.requests());
    }

    private static OutboundMessage reply(Instant customerLastMessageAt) {
        return new OutboundMessage("41", "7", Address.of("messenger.psid", "6677889900112233"), "Ada Lovelace", null,
                "Your parcel is on its way.", null, List.of(), List.of(), null, null, customerLastMessageAt, "Grace",
                Map.of());
    }
}
