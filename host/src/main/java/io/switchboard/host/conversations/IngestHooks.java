package io.switchboard.host.conversations;

import java.util.Objects;

/**
 * What other features do inside the ingest transaction: routing a conversation a customer
 * just opened, taking a customer message as the answer to a survey, and waking a snoozed
 * conversation when its customer writes. Everything a hook writes commits with the message, or
 * not at all.
 */
public record IngestHooks(ConversationOpenedHook opened, InboundAnswers answers, CustomerMessageHook customerMessage) {

    /** No hooks: every message is an ordinary one and new conversations stay unrouted. */
    public static final IngestHooks NONE = new IngestHooks(ConversationOpenedHook.NONE, InboundAnswers.NONE,
            CustomerMessageHook.NONE);

    public IngestHooks {
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(customerMessage, "customerMessage");
    }

    public IngestHooks withOpened(ConversationOpenedHook hook) {
        return new IngestHooks(hook, answers, customerMessage);
    }

    public IngestHooks withAnswers(InboundAnswers hook) {
        return new IngestHooks(opened, hook, customerMessage);
    }

    /** Runs after every customer message that is not a survey answer (follow-ups wake on it). */
    public IngestHooks withCustomerMessage(CustomerMessageHook hook) {
        return new IngestHooks(opened, answers, hook);
    }
}
