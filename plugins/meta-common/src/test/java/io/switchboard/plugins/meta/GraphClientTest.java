package io.switchboard.plugins.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GraphClientTest {

    private final LoopbackServer graph = LoopbackServer.start();
    private final GraphClient client = new GraphClient(HttpClient.newHttpClient(),
            new MetaAccount("secret", "verify", "EAAG-token", "v23.0", graph.baseUrl()));

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void postsJsonToThePathUnderTheApiVersionWithTheTokenAsBearer() throws Exception {
        graph.reply("POST", "/v23.0/me/messages", LoopbackServer.Reply.json(200, "{}"));
        JsonObject body = new JsonObject();
        body.addProperty("a", 1);

        client.postJson("me/messages", body);

        LoopbackServer.Recorded request = graph.onlyRequest();
        assertEquals("/v23.0/me/messages", request.path());
        assertEquals("Bearer EAAG-token", request.header("Authorization"));
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals("{\"a\":1}", request.body());
        assertNull(request.query(), "the token never travels in the URL");
    }

    @Test
    void aDownloadCarriesTheTokenOnlyWhenAsked() throws Exception {
        graph.reply("GET", "/cdn/file", new LoopbackServer.Reply(200, "image/jpeg", new byte[] {1, 2}, java.util.Map.of()));

        client.download(graph.baseUrl().resolve("/cdn/file"), true);
        client.download(graph.baseUrl().resolve("/cdn/file"), false);

        assertEquals("Bearer EAAG-token", graph.requests().get(0).header("Authorization"));
        assertNull(graph.requests().get(1).header("Authorization"));
    }
}
