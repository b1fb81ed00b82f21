package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What the embedding page loads without a token: the widget script and its public settings.
 */
final class WidgetEndpoints {

    private static final String SCRIPT_RESOURCE = "widget.js";

    private final WebChatSettings settings;
    private final byte[] script;

    WidgetEndpoints(WebChatSettings settings) {
        this.settings = settings;
        this.script = loadScript();
    }

    /**
     * {@code GET /config}: 200 {@code {"title","welcomeMessage","askForEmail"}}.
     *
     * @param request the request
     * @return the public settings
     */
    WebhookResult config(WebhookRequest request) {
        return WebhookResult.respond(WebhookResponse.json(200, WebChatJson.publicConfig(settings))
                .withHeader("Cache-Control", "public, max-age=60"));
    }

    /**
     * {@code GET /widget.js}: the embeddable script.
     *
     * @param request the request
     * @return the script
     */
    WebhookResult script(WebhookRequest request) {
        return WebhookResult.respond(new WebhookResponse.Http(200, "application/javascript; charset=utf-8", script,
                Map.of("Cache-Control", "public, max-age=300", "X-Content-Type-Options", "nosniff")));
    }

    private static byte[] loadScript() {
        try (InputStream in = WidgetEndpoints.class.getResourceAsStream(SCRIPT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT_RESOURCE + " is missing from the plugin");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT_RESOURCE, e);
        }
    }
}
