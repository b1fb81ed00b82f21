package io.switchboard.host.conversations;

import io.switchboard.api.channel.event.InboundMessage;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Gets a customer message first, inside the ingest transaction, and may take it as the answer
 * to an outstanding question (a satisfaction survey). A taken message is stored as usual but
 * logs its own event instead of CUSTOMER_MESSAGE and does not reopen a resolved conversation.
 */
@FunctionalInterface
public interface InboundAnswers {

    /** Takes nothing: every customer message is an ordinary one. */
    InboundAnswers NONE = (h, conversation, channelType, messageId, message, at) -> false;

    /**
     * Offers a stored customer message.
     *
     * @param h the ingest transaction
     * @param conversation the conversation it was filed into, as it was before the message
     * @param channelType the channel type id
     * @param messageId the stored message's id
     * @param message the message
     * @param at when it was received
     * @return true when the message was taken as an answer
     */
    boolean take(Handle h, Conversation conversation, String channelType, long messageId, InboundMessage message,
                 Instant at);
}
