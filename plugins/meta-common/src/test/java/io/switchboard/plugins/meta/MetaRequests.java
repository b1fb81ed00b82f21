package io.switchboard.plugins.meta;

import io.switchboard.api.channel.WebhookRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requests as Meta sends them to a channel's webhook URL. */
public final class MetaRequests {

    private MetaRequests() {
    }

    /** The verification GET with these query parameters. */
    public static WebhookRequest verification(Map<String, String> query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        query.forEach((k, v) -> params.put(k, List.of(v)));
        return new WebhookRequest("GET", "/", URI.create("https://desk.example.com/webhooks/meta-test"), Map.of(),
                params, null);
    }

    /** A POST of this body signed with this app secret. */
    public static WebhookRequest signed(String appSecret, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, Map.of(HubSignature.HEADER, new HubSignature(appSecret).sign(bytes)));
    }

    /** A POST of this body with exactly these headers (plus the JSON content type). */
    public static WebhookRequest post(byte[] body, Map<String, String> headers) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("Content-Type", List.of("application/json"));
        headers.forEach((k, v) -> all.put(k, List.of(v)));
        return new WebhookRequest("POST", "/", URI.create("https://desk.example.com/webhooks/meta-test"), all,
                Map.of(), body);
    }

    /** The body of a plain HTTP response as text. */
    public static String text(io.switchboard.api.channel.WebhookResponse response) {
        return new String(((io.switchboard.api.channel.WebhookResponse.Http) response).body(),
                StandardCharsets.UTF_8);
    }

    /** The status of a plain HTTP response. */
    public static int status(io.switchboard.api.channel.WebhookResponse response) {
        return ((io.switchboard.api.channel.WebhookResponse.Http) response).status();
    }
}
