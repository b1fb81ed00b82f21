package io.switchboard.testkit;

import java.util.List;

/**
 * A conversation as the desk stored it, read through its REST API.
 *
 * @param channelKey the channel instance it came through
 * @param contactAddress the customer's address on that channel (phone number, email, your plugin's id)
 */
public record StoredConversation(long id, String channelKey, String contactName, String contactAddress, String status,
                                 List<StoredMessage> messages) {

    /**
     * One message.
     *
     * @param direction {@code inbound} (from the customer) or {@code outbound} (a reply)
     * @param externalId the provider's id: what your plugin reported inbound, or returned from deliver
     * @param status for replies: {@code queued}, {@code sent}, {@code delivered}, {@code read}, {@code failed}
     * @param statusReason why a reply failed or is being retried, or null
     */
    public record StoredMessage(long id, String direction, String text, String externalId, String status,
                                String statusReason) {
    }
}
