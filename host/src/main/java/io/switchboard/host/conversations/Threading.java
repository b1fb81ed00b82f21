package io.switchboard.host.conversations;

import io.switchboard.api.channel.ThreadingMode;
import io.switchboard.api.channel.event.InboundMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Decides which conversation an inbound message joins. Chat channels continue the contact's
 * latest conversation unless it was resolved longer than the reopen window ago; email-like
 * channels follow references, then the thread token, else start a new conversation.
 */
final class Threading {

    /** Same as the default FCR reopen window: a message after it is a new matter. */
    static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    private final ConversationStore conversations;

    Threading(ConversationStore conversations) {
        this.conversations = conversations;
    }

    Optional<Conversation> existingFor(Handle h, InboundChannel channel, InboundMessage message, Instant now) {
        if (channel.threading() == ThreadingMode.BY_REFERENCE) {
            Optional<Conversation> referenced = conversations.holdingMessage(h, channel.instanceId(),
                    message.inReplyTo());
            if (referenced.isPresent() || message.threadToken() == null) {
                return referenced;
            }
            return conversations.byThreadToken(h, channel.instanceId(), message.threadToken());
        }
        return conversations.latestWith(h, channel.instanceId(), message.from())
                .filter(c -> c.status() != ConversationStatus.RESOLVED || c.resolvedAt() == null
                        || c.resolvedAt().plus(REOPEN_WINDOW).isAfter(now));
    }
}
