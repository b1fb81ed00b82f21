package io.switchboard.plugins.messenger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Attachment;
import io.switchboard.plugins.meta.LoopbackServer.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AttachmentDownloadTest {

    private final MessengerTestbed bed = new MessengerTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void anAttachmentIsDownloadedFromItsUrlWithoutThePageToken() throws Exception {
        bed.graph.reply("GET", "/v/t1/4471_n.jpg", new Reply(200, "image/jpeg", new byte[] {9, 8}, Map.of()));

        Attachment file = bed.instance.fetchAttachment(bed.graph.baseUrl() + "/v/t1/4471_n.jpg?oh=abc").orElseThrow();

        assertArrayEquals(new byte[] {9, 8}, file.content());
        assertEquals("4471_n.jpg", file.filename());
        assertEquals("image/jpeg", file.contentType());
        assertNull(bed.graph.onlyRequest().header("Authorization"));
    }

    @Test
    void anExpiredUrlIsGone() throws Exception {
        bed.graph.reply("GET", "/v/t1/old.jpg", Reply.json(403, "{}"));
        assertTrue(bed.instance.fetchAttachment(bed.graph.baseUrl() + "/v/t1/old.jpg").isEmpty());
    }
}
