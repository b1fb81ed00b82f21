package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Dispatches requests by method and sub-path, applies the CORS policy to every answer and
 * turns refusals into problem answers that carry no events.
 */
final class WebChatRoutes {

    private final Map<String, Map<String, Endpoint>> routes = new LinkedHashMap<>();
    private final CorsPolicy cors;

    WebChatRoutes(CorsPolicy cors) {
        this.cors = cors;
    }

    /**
     * Serves {@code GET path}.
     *
     * @param path the sub-path, such as {@code /messages}
     * @param endpoint the endpoint
     * @return these routes
     */
    WebChatRoutes get(String path, Endpoint endpoint) {
        return add("GET", path, endpoint);
    }

    /**
     * Serves {@code POST path}.
     *
     * @param path the sub-path, such as {@code /messages}
     * @param endpoint the endpoint
     * @return these routes
     */
    WebChatRoutes post(String path, Endpoint endpoint) {
        return add("POST", path, endpoint);
    }

    /**
     * Answers a request.
     *
     * @param request the request
     * @return the events and the answer, with CORS headers
     */
    WebhookResult dispatch(WebhookRequest request) {
        if (!cors.permits(request)) {
            return WebhookResult.respond(cors.apply(WebhookResponse.problem(403, "Origin not allowed",
                    "this web chat does not accept requests from pages on that site"), request));
        }
        WebhookResult result = route(request);
        return WebhookResult.accept(result.events(), cors.apply(result.response(), request));
    }

    private WebhookResult route(WebhookRequest request) {
        Map<String, Endpoint> methods = routes.get(normalise(request.subPath()));
        if (methods == null) {
            return WebhookResult.respond(WebhookResponse.problem(404, "Not found",
                    "web chat has no endpoint at " + request.subPath()));
        }
        if (request.method().equals("OPTIONS")) {
            return WebhookResult.respond(cors.preflight(request, methods.keySet()));
        }
        Endpoint endpoint = methods.get(request.method());
        if (endpoint == null) {
            return WebhookResult.respond(WebhookResponse.problem(405, "Method not allowed",
                    request.subPath() + " does not accept " + request.method())
                    .withHeader("Allow", String.join(", ", methods.keySet()) + ", OPTIONS"));
        }
        try {
            return endpoint.handle(request);
        } catch (RequestProblem problem) {
            return WebhookResult.respond(problem.response());
        }
    }

    private WebChatRoutes add(String method, String path, Endpoint endpoint) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, endpoint);
        return this;
    }

    // "/messages/" is the same endpoint as "/messages".
    private static String normalise(String subPath) {
        return subPath.length() > 1 && subPath.endsWith("/") ? subPath.substring(0, subPath.length() - 1) : subPath;
    }
}
