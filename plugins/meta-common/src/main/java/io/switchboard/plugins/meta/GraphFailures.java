package io.switchboard.plugins.meta;

import io.switchboard.api.channel.DeliveryResult;
import java.net.http.HttpTimeoutException;
import java.util.HashSet;
import java.util.Set;

/**
 * Classifies a failed Graph API send: throttling and Meta-side outages are retried with
 * backoff, everything else (invalid recipient, closed window, policy, bad token, invalid
 * parameter) fails the message at once with Meta's own words, since sending it again would
 * only fail again.
 */
public final class GraphFailures {

    /**
     * Codes every Graph API product uses for transient trouble: 1 unknown error, 2 service
     * temporarily unavailable, 4 application request limit, 17 user request limit, 32 page
     * request limit, 341 application limit, 613 calls exceed the rate limit.
     */
    public static final Set<Integer> GRAPH_TRANSIENT = Set.of(1, 2, 4, 17, 32, 341, 613);

    private final Set<Integer> transientCodes;

    /**
     * A classifier.
     *
     * @param productTransient the product's own transient codes, added to {@link #GRAPH_TRANSIENT}
     */
    public GraphFailures(Set<Integer> productTransient) {
        Set<Integer> codes = new HashSet<>(GRAPH_TRANSIENT);
        codes.addAll(productTransient);
        this.transientCodes = Set.copyOf(codes);
    }

    /**
     * Classifies a response that was not 2xx.
     *
     * @param response the response
     * @return a retry or a permanent failure
     */
    public DeliveryResult classify(GraphResponse response) {
        var error = GraphError.of(response);
        int status = response.status();
        boolean transientStatus = status == 429 || status >= 500;
        if (transientStatus || error.map(e -> transientCodes.contains(e.code())).orElse(false)) {
            String reason = error.map(e -> "Graph API " + status + " " + e.codeText() + ": " + e.describe())
                    .orElse("Graph API answered " + status);
            return new DeliveryResult.Retry(reason, response.retryAfter().orElse(null));
        }
        return error.<DeliveryResult>map(e -> DeliveryResult.failed(e.codeText(), e.describe()))
                .orElseGet(() -> DeliveryResult.failed(String.valueOf(status),
                        "the Graph API refused the message with HTTP " + status));
    }

    /**
     * The outcome when the API could not be reached at all.
     *
     * @param e what went wrong
     * @return a retry
     */
    public static DeliveryResult unreachable(Exception e) {
        String what = e instanceof HttpTimeoutException ? "timed out" : "could not be reached";
        return DeliveryResult.retry("the Graph API " + what + " (" + e.getClass().getSimpleName() + ")");
    }
}
