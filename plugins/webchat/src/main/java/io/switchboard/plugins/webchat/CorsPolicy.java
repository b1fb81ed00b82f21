package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-origin rules: the widget runs on the customer's site, so every answer carries the
 * CORS headers the configured origins call for, and browsers' preflights are answered.
 */
final class CorsPolicy {

    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    private final AllowedOrigins origins;

    CorsPolicy(AllowedOrigins origins) {
        this.origins = origins;
    }

    /**
     * Whether the request may be served: requests without an {@code Origin} (non-browser
     * clients, a plain script tag) always may; browser calls from other sites may not, so a
     * foreign page cannot post into a visitor's conversation even with a simple request.
     *
     * @param request the request
     * @return whether its origin is allowed
     */
    boolean permits(WebhookRequest request) {
        return request.header("Origin").map(origins::allows).orElse(true);
    }

    /**
     * The headers every answer to this request carries.
     *
     * @param request the request
     * @return the headers, possibly empty
     */
    Map<String, String> headersFor(WebhookRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (origins.any()) {
            headers.put(ALLOW_ORIGIN, "*");
            return headers;
        }
        // The answer depends on the Origin header, so caches must key on it.
        headers.put("Vary", "Origin");
        Optional<String> origin = request.header("Origin").filter(origins::allows);
        origin.ifPresent(o -> headers.put(ALLOW_ORIGIN, o));
        return headers;
    }

    /**
     * The answer to a browser's preflight for a path served with these methods.
     *
     * @param request the {@code OPTIONS} request
     * @param methods the methods the path accepts
     * @return 204 with the allowed methods and headers
     */
    WebhookResponse.Http preflight(WebhookRequest request, Set<String> methods) {
        WebhookResponse.Http response = WebhookResponse.empty(204)
                .withHeader("Access-Control-Allow-Methods", String.join(", ", methods) + ", OPTIONS")
                .withHeader("Access-Control-Allow-Headers", "Authorization, Content-Type")
                .withHeader("Access-Control-Max-Age", "600");
        return withHeaders(response, headersFor(request));
    }

    /**
     * A response with the CORS headers of this request added.
     *
     * @param response the answer
     * @param request the request it answers
     * @return the answer with CORS headers
     */
    WebhookResponse apply(WebhookResponse response, WebhookRequest request) {
        Map<String, String> cors = headersFor(request);
        if (response instanceof WebhookResponse.Http http) {
            return withHeaders(http, cors);
        }
        WebhookResponse.EventStream stream = (WebhookResponse.EventStream) response;
        Map<String, String> merged = new LinkedHashMap<>(stream.headers());
        merged.putAll(cors);
        return new WebhookResponse.EventStream(stream.topic(), merged);
    }

    private static WebhookResponse.Http withHeaders(WebhookResponse.Http response, Map<String, String> headers) {
        WebhookResponse.Http out = response;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            out = out.withHeader(header.getKey(), header.getValue());
        }
        return out;
    }
}
