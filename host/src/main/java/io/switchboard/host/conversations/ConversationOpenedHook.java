package io.switchboard.host.conversations;

import org.jdbi.v3.core.Handle;

/**
 * Runs in the ingest transaction right after a customer opened a new conversation (routing
 * rules): what it writes commits with the first message, or not at all.
 */
@FunctionalInterface
public interface ConversationOpenedHook {

    /** Does nothing. */
    ConversationOpenedHook NONE = (h, conversation, channel, firstText) -> { };

    /**
     * @param conversation the new conversation as created
     * @param channel the channel it came through
     * @param firstText the first message's text (empty for a call)
     */
    void opened(Handle h, Conversation conversation, InboundChannel channel, String firstText);
}
