package io.switchboard.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kit loads a plugin from compiled classes through PF4J and drives it as a provider and an agent would. */
class SwitchboardDeskTest {

    @RegisterExtension
    static final SwitchboardDesk desk = SwitchboardDesk.fromClasses(Path.of("target", "test-classes"), List.of());

    @Test
    void aWebhookIsStoredAndAReplyReachesTheRecordingProvider() {
        String key = desk.createChannel("kit-echo", "Echo", Map.of("baseUrl", desk.provider().url().toString()));
        assertEquals(200, desk.postForm(key, Map.of("id", "e1", "from", "u1", "text", "ping")).status());
        StoredConversation conversation = desk.awaitConversation(c -> c.channelKey().equals(key));
        assertEquals("ping", conversation.messages().get(0).text());
        assertEquals("u1", conversation.contactAddress());

        long reply = desk.reply(conversation.id(), "pong");

        assertEquals("echo-" + reply, desk.awaitReplyStatus(conversation.id(), reply, "sent").externalId());
        assertEquals("pong", desk.provider().awaitRequests(1).get(0).bodyText());
        assertEquals(0, desk.health().failures());
        assertEquals("kit-echo", desk.plugin().get("id").getAsString());
    }
}
