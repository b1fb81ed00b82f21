package io.switchboard.host.conversations;

import java.util.Objects;

/**
 * What other features do inside the ingest transaction: routing a conversation a customer
 * just opened, and taking a customer message as the answer to a survey. Everything a hook
 * writes commits with the message, or not at all.
 */
public record IngestHooks(ConversationOpenedHook opened, InboundAnswers answers) {

    /** No hooks: every message is an ordinary one and new conversations stay unrouted. */
    public static final IngestHooks NONE = new IngestHooks(ConversationOpenedHook.NONE, InboundAnswers.NONE);

    public IngestHooks {
        Objects.requireNonNull(opened, "opened");
        Objects.requireNonNull(answers, "answers");
    }

    public IngestHooks withOpened(ConversationOpenedHook hook) {
        return new IngestHooks(hook, answers);
    }

    public IngestHooks withAnswers(InboundAnswers hook) {
        return new IngestHooks(opened, hook);
    }
}
