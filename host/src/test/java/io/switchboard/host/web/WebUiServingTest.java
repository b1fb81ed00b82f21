package io.switchboard.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The host serves the web UI at / beside the API and webhooks, with safe headers and caching. */
class WebUiServingTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @Test
    void theAppIsServedAtTheRootWithAPolicyThatForbidsInlineScripts() {
        ApiResponse page = get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("<script type=\"module\" src=\"/app/main.js\">"), page.body());
        String policy = page.headers().firstValue("content-security-policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElseThrow());
    }

    @Test
    void modulesAndStylesHaveTheirContentTypesAndRevalidateWithAnETag() {
        ApiResponse script = get("/app/main.js");
        assertEquals(200, script.status());
        assertEquals("text/javascript; charset=utf-8", script.contentType());
        assertEquals("no-cache", script.headers().firstValue("cache-control").orElseThrow());
        String etag = script.headers().firstValue("etag").orElseThrow();
        ApiResponse again = desk.send(HttpRequest.newBuilder(desk.url("/app/main.js")).header("If-None-Match", etag)
                .GET().build());
        assertEquals(304, again.status());
        assertTrue(get("/app/app.css").contentType().startsWith("text/css"));
        assertEquals("image/svg+xml", get("/favicon.svg").contentType());
    }

    @Test
    void theWidgetDemoPageEmbedsTheWebChatWithOneScriptTag() {
        ApiResponse demo = get("/demo/widget");
        assertEquals(200, demo.status());
        assertTrue(demo.body().contains("<script src=\"/webhooks/webchat/widget.js\" defer></script>"), demo.body());
        ApiResponse widget = get("/webhooks/webchat/widget.js");
        assertEquals(200, widget.status(), "the webhook path still reaches the plugin");
        assertTrue(widget.contentType().startsWith("application/javascript"), widget.contentType());
    }

    @Test
    void theApiKeepsItsProblemAnswersAndUnknownFilesAre404() {
        ApiResponse api = get("/api/v1/no-such-endpoint");
        assertEquals(404, api.status());
        assertTrue(api.contentType().startsWith("application/problem+json"), api.contentType());
        assertEquals(200, get("/api/v1/health").status());
        assertEquals(404, get("/app/nothing.js").status());
        assertEquals(404, get("/app/../openapi.json").status());
        assertEquals(404, get("/web/index.html").status());
        assertEquals(404, get("/simplelogger.properties").status(), "only web files, never other resources");
        ApiResponse post = desk.send("POST", "/", null, "{}");
        assertEquals(405, post.status());
        assertFalse(post.body().contains("<"), "no HTML in error answers: " + post.body());
    }

    private static ApiResponse get(String path) {
        return desk.send("GET", path, null, null);
    }
}
