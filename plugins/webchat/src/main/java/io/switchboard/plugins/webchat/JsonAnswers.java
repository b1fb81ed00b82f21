package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.WebhookResponse;

/**
 * JSON answers to a visitor. They hold tokens and conversation text, so no cache may keep them.
 */
final class JsonAnswers {

    private JsonAnswers() {
    }

    /**
     * A JSON answer that is never cached.
     *
     * @param status the status code
     * @param json the body
     * @return the answer
     */
    static WebhookResponse.Http uncached(int status, String json) {
        return WebhookResponse.json(status, json).withHeader("Cache-Control", "no-store");
    }
}
