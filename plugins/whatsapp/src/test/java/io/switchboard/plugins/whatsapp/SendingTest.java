package io.switchboard.plugins.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.gson.JsonParser;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.MessageTemplate;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.plugins.meta.LoopbackServer;
import io.switchboard.plugins.meta.LoopbackServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replies reach the Graph API in exactly the Cloud API's format. */
class SendingTest {

    private static final String SEND_PATH = "/v23.0/106540352242922/messages";
    private static final String ACCEPTED = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":"
            + "\"+16505551234\",\"wa_id\":\"16505551234\"}],\"messages\":[{\"id\":\"wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA\"}]}";

    private final WhatsAppTestbed bed = new WhatsAppTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aTextReplyIsPostedToThePhoneNumbersMessagesEdgeWithTheBearerToken() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(200, ACCEPTED));

        DeliveryResult result = bed.instance.deliver(OutboundMessage.text("41", "7", Address.phone("+16505551234"),
                "It ships tomorrow."));

        assertEquals(DeliveryResult.sent("wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"), result);
        LoopbackServer.Recorded request = bed.graph.onlyRequest();
        assertEquals("POST", request.method());
        assertEquals(SEND_PATH, request.path());
        assertEquals("Bearer EAAJB-wa-token", request.header("Authorization"));
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals(JsonParser.parseString("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
                + "\"to\":\"+16505551234\",\"type\":\"text\",\"text\":{\"preview_url\":false,"
                + "\"body\":\"It ships tomorrow.\"}}"), JsonParser.parseString(request.body()));
    }

    @Test
    void aTemplateReplyNamesTheTemplateItsLanguageAndTheBodyParametersInOrder() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(200, ACCEPTED));

        bed.instance.deliver(template(new MessageTemplate("order_update", "en_US", List.of("A123", "tomorrow"))));

        assertEquals(JsonParser.parseString("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
                + "\"to\":\"+16505551234\",\"type\":\"template\",\"template\":{\"name\":\"order_update\","
                + "\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"body\",\"parameters\":["
                + "{\"type\":\"text\",\"text\":\"A123\"},{\"type\":\"text\",\"text\":\"tomorrow\"}]}]}}"),
                JsonParser.parseString(bed.graph.onlyRequest().body()));
    }

    @Test
    void aTemplateWithoutParametersHasNoComponents() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(200, ACCEPTED));

        bed.instance.deliver(template(new MessageTemplate("hello_world", "en_US", List.of())));

        assertEquals(JsonParser.parseString("{\"name\":\"hello_world\",\"language\":{\"code\":\"en_US\"}}"),
                JsonParser.parseString(bed.graph.onlyRequest().body()).getAsJsonObject().get("template"));
    }

    @Test
    void aRateLimitIsRetried() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(400, error(130429, "Rate limit hit")));
        assertInstanceOf(DeliveryResult.Retry.class, bed.instance.deliver(text()));
    }

    @Test
    void aServerErrorIsRetried() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(503, error(133004, "Server temporarily unavailable")));
        assertInstanceOf(DeliveryResult.Retry.class, bed.instance.deliver(text()));
    }

    @Test
    void aClosedWindowFailsTheMessageWithMetasExplanation() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(400, error(131047, "Re-engagement message")));
        assertEquals(DeliveryResult.failed("131047", "(#131047) Re-engagement message: Details of 131047"),
                bed.instance.deliver(text()));
    }

    @Test
    void anInvalidRecipientFailsTheMessage() throws Exception {
        bed.graph.reply("POST", SEND_PATH, Reply.json(400, error(100, "Invalid parameter")));
        assertEquals("100", assertInstanceOf(DeliveryResult.Failed.class, bed.instance.deliver(text())).code());
    }

    @Test
    void anUnreachableGraphApiIsRetried() throws Exception {
        bed.graph.close();
        assertInstanceOf(DeliveryResult.Retry.class, bed.instance.deliver(text()));
    }

    private static OutboundMessage text() {
        return OutboundMessage.text("41", "7", Address.phone("+16505551234"), "hi");
    }

    private static OutboundMessage template(MessageTemplate template) {
        return new OutboundMessage("42", "7", Address.phone("+16505551234"), null, null, "[template]", null,
                List.of(), List.of(), null, template, null, null, Map.of());
    }

    private static String error(int code, String title) {
        return "{\"error\":{\"message\":\"(#" + code + ") " + title + "\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"Details of " + code + "\"},"
                + "\"fbtrace_id\":\"AazFDbWy\"}}";
    }
}
