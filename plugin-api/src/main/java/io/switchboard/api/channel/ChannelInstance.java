package io.switchboard.api.channel;

import java.util.Optional;

/**
 * One configured account of a channel (a WhatsApp number, a mailbox, a web chat widget).
 * The host may call an instance from several threads at once; it closes the instance when
 * the channel is disabled, reconfigured or its plugin stopped.
 *
 * @since 1.0
 */
public interface ChannelInstance extends AutoCloseable {

    /**
     * Handles an HTTP request to {@code /webhooks/{key}/...}: verify the signature, parse the
     * payload, return the events and the exact answer the provider expects. Must not store
     * anything itself that the host could lose: the host commits the events, then answers.
     * Bad signatures must return 401 or 403 and no events; unparseable bodies 400 and none.
     *
     * @param request the request
     * @return the events and the answer
     * @since 1.0
     */
    default WebhookResult onWebhook(WebhookRequest request) {
        return WebhookResult.respond(WebhookResponse.problem(404, "Not found",
                "this channel does not accept webhooks"));
    }

    /**
     * Fetches the next batch of inbound events of a pull channel.
     *
     * @param cursor the cursor of the last committed batch, or {@code null} the first time
     * @return the batch
     * @throws Exception when the provider cannot be reached; the host retries on schedule
     * @since 1.0
     */
    default PollResult poll(String cursor) throws Exception {
        return new PollResult(java.util.List.of(), cursor, false);
    }

    /**
     * Sends one message to the provider. Called from the host's delivery worker, never from
     * a request thread; a thrown exception counts as a retryable failure.
     *
     * @param message the message
     * @return the outcome
     * @throws Exception on an unexpected failure (retried)
     * @since 1.0
     */
    DeliveryResult deliver(OutboundMessage message) throws Exception;

    /**
     * Places a call (channels whose capabilities include calls). Called on an agent's request;
     * the call's progress arrives later as call events.
     *
     * @param call the call to place
     * @return {@link DeliveryResult.Sent} with the provider's call id, or why it failed; the
     *     default refuses because the channel cannot place calls
     * @throws Exception when the provider cannot be reached
     * @since 1.0
     */
    default DeliveryResult placeCall(OutboundCall call) throws Exception {
        return DeliveryResult.failed("unsupported", "this channel cannot place calls");
    }

    /**
     * Fetches an attachment the provider keeps, for an agent opening it.
     *
     * @param providerRef the reference the plugin gave in {@link Attachment#providerRef()}
     * @return the attachment with its bytes, or empty when it no longer exists
     * @throws Exception when the provider cannot be reached
     * @since 1.0
     */
    default Optional<Attachment> fetchAttachment(String providerRef) throws Exception {
        return Optional.empty();
    }

    /**
     * Why the channel would refuse to send to a recipient now, before anything is queued: for
     * example an SMS number that opted out with STOP. The host asks before sending messages the
     * customer did not ask for (such as satisfaction surveys) and skips them with this reason.
     * Agent replies still go through {@link #deliver(OutboundMessage)}, which reports the refusal.
     *
     * @param recipient the customer's address on this channel
     * @return the reason sending is blocked, or empty when nothing blocks it (the default)
     * @since 1.1
     */
    default Optional<String> sendBlocked(Address recipient) {
        return Optional.empty();
    }

    /**
     * Releases connections and threads. The default does nothing.
     *
     * @since 1.0
     */
    @Override
    default void close() {
    }
}
