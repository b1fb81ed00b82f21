package io.switchboard.host.conversations;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Runs in the ingest transaction after a customer (not an auto-reply) wrote into an existing or
 * new conversation; returns live notices to publish after the commit. Follow-ups use it to wake
 * a snoozed conversation early.
 */
@FunctionalInterface
public interface CustomerMessageHook {

    CustomerMessageHook NONE = (h, conversation, at) -> List.of();

    List<LiveNotice> onCustomerMessage(Handle h, Conversation conversation, Instant at);
}
