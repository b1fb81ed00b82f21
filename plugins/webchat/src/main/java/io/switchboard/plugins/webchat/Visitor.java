package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.Address;

/**
 * A web chat visitor whose token verified.
 *
 * @param id the visitor id
 */
record Visitor(String id) {

    /**
     * The visitor's address, by which the host knows the contact.
     *
     * @return the address in the {@code webchat} namespace
     */
    Address address() {
        return Address.of(WebChatConnector.TYPE_ID, id);
    }

    /**
     * The live topic the visitor's widget listens on.
     *
     * @return the topic
     */
    String topic() {
        return topicOf(id);
    }

    /**
     * The live topic of a visitor id.
     *
     * @param visitorId the visitor id
     * @return the topic
     */
    static String topicOf(String visitorId) {
        return "visitor/" + visitorId;
    }
}
