package io.switchboard.plugins.meta;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.DeliveryResult;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends one message through a Graph API send endpoint and turns the answer into a
 * {@link DeliveryResult}: the provider's message id on success, a retry or a failure otherwise.
 */
public final class GraphMessages {

    private final GraphClient graph;
    private final GraphFailures failures;

    /**
     * A sender.
     *
     * @param graph the client
     * @param failures how the product's errors are classified
     */
    public GraphMessages(GraphClient graph, GraphFailures failures) {
        this.graph = graph;
        this.failures = failures;
    }

    /**
     * Sends.
     *
     * @param path the send endpoint below the API version
     * @param body the request body
     * @param messageId finds the provider's message id in a successful answer
     * @return the outcome
     * @throws InterruptedException when interrupted while waiting (the host retries)
     */
    public DeliveryResult send(String path, JsonObject body, Function<JsonObject, Optional<String>> messageId)
            throws InterruptedException {
        GraphResponse response;
        try {
            response = graph.postJson(path, body);
        } catch (IOException e) {
            return GraphFailures.unreachable(e);
        }
        if (!response.ok()) {
            return failures.classify(response);
        }
        // Sending again could reach the customer twice, so an answer without an id is final.
        return response.json().flatMap(messageId).<DeliveryResult>map(DeliveryResult::sent)
                .orElseGet(() -> DeliveryResult.failed("", "the Graph API answered " + response.status()
                        + " without a message id; the message may or may not have been sent"));
    }
}
