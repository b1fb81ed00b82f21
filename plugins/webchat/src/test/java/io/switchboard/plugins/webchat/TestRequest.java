package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.WebhookRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the requests a browser would send to the web chat endpoints. */
final class TestRequest {

    private final String method;
    private final String path;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private String body = "";

    private TestRequest(String method, String path) {
        this.method = method;
        this.path = path;
    }

    static TestRequest get(String path) {
        return new TestRequest("GET", path);
    }

    static TestRequest post(String path, String json) {
        return new TestRequest("POST", path).body(json).header("Content-Type", "application/json");
    }

    static TestRequest options(String path) {
        return new TestRequest("OPTIONS", path);
    }

    TestRequest body(String json) {
        this.body = json;
        return this;
    }

    TestRequest header(String name, String value) {
        headers.put(name, List.of(value));
        return this;
    }

    TestRequest bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    TestRequest origin(String origin) {
        return header("Origin", origin);
    }

    TestRequest query(String name, String value) {
        query.put(name, List.of(value));
        return this;
    }

    WebhookRequest build() {
        StringBuilder url = new StringBuilder("https://desk.example.com/webhooks/wc-test").append(path);
        String separator = "?";
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue().get(0), StandardCharsets.UTF_8));
            separator = "&";
        }
        return new WebhookRequest(method, path, URI.create(url.toString()), headers, query,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
