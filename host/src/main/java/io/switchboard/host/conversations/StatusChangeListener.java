package io.switchboard.host.conversations;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Hears an agent's status change inside the transaction that makes it, so work it schedules
 * (a satisfaction survey on resolution) commits or rolls back together with the change.
 */
@FunctionalInterface
public interface StatusChangeListener {

    /** Nobody listening. */
    StatusChangeListener NONE = (h, before, to, at) -> { };

    /**
     * Called after the new status is written.
     *
     * @param h the transaction
     * @param before the conversation as it was
     * @param to the new status
     * @param at when
     */
    void statusChanged(Handle h, Conversation before, ConversationStatus to, Instant at);
}
