package io.switchboard.plugins.whatsapp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Attachment;
import io.switchboard.plugins.meta.LoopbackServer.Reply;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An agent opening a customer's media: media id, then its download URL, both with the token. */
class MediaDownloadTest {

    private final WhatsAppTestbed bed = new WhatsAppTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void theMediaIdLeadsToADownloadUrlThatIsFetchedWithTheToken() throws Exception {
        String url = bed.graph.baseUrl() + "/whatsapp_business/attachments/?mid=1003383421387256&ext=1749416383";
        bed.graph.reply("GET", "/v23.0/1003383421387256", Reply.json(200, "{\"messaging_product\":\"whatsapp\","
                + "\"url\":\"" + url + "\",\"mime_type\":\"image/jpeg\",\"sha256\":\"HgN6\",\"file_size\":\"3\","
                + "\"id\":\"1003383421387256\"}"));
        bed.graph.reply("GET", "/whatsapp_business/attachments/", new Reply(200, "image/jpeg", new byte[] {1, 2, 3},
                Map.of()));

        Optional<Attachment> media = bed.instance.fetchAttachment("1003383421387256");

        assertArrayEquals(new byte[] {1, 2, 3}, media.orElseThrow().content());
        assertEquals("image/jpeg", media.get().contentType());
        assertEquals(2, bed.graph.requests().size());
        bed.graph.requests().forEach(r -> assertEquals("Bearer EAAJB-wa-token", r.header("Authorization")));
        assertEquals("mid=1003383421387256&ext=1749416383", bed.graph.requests().get(1).query());
    }

    @Test
    void mediaMetaNoLongerKeepsIsGone() throws Exception {
        bed.graph.reply("GET", "/v23.0/1003383421387256", Reply.json(400, "{\"error\":{\"message\":\"Unsupported get"
                + " request. Object with ID '1003383421387256' does not exist\",\"type\":\"GraphMethodException\","
                + "\"code\":100,\"error_subcode\":33,\"fbtrace_id\":\"A1\"}}"));
        assertTrue(bed.instance.fetchAttachment("1003383421387256").isEmpty());
    }
}
