package io.switchboard.host.conversations;

import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.conversation.ConversationEventType;
import io.switchboard.host.contacts.ContactStore;
import io.switchboard.host.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Stores one inbound message: resolves the contact, files it into a conversation (reopening
 * a resolved one when a customer writes), stores it once per provider id and logs events.
 */
final class MessageIngest {

    private final Clock clock;
    private final ContactStore contacts;
    private final ConversationStore conversations;
    private final MessageStore messages;
    private final EventLog events;
    private final Threading threading;
    private final IngestHooks hooks;

    MessageIngest(Clock clock, ContactStore contacts, ConversationStore conversations, MessageStore messages,
                  EventLog events, IngestHooks hooks) {
        this.hooks = hooks;
        this.clock = clock;
        this.contacts = contacts;
        this.conversations = conversations;
        this.messages = messages;
        this.events = events;
        this.threading = new Threading(conversations);
    }

    /** Notices for agents; none when the message was already stored (a provider retry). */
    List<LiveNotice> ingest(Handle h, InboundChannel channel, InboundMessage message) {
        if (messages.exists(h, channel.instanceId(), message.externalId())) {
            return List.of();
        }
        Instant now = clock.instant();
        long contactId = contacts.resolve(h, message.from(), message.senderName());
        var existing = threading.existingFor(h, channel, message, now);
        if (existing.isEmpty()) {
            // Only opening a conversation races (two first messages at once): serialise per
            // contact and look again. Joining an existing one needs no lock.
            Transactions.lockRow(h, "contacts", contactId);
            existing = threading.existingFor(h, channel, message, now);
        }
        Conversation conversation = existing.orElseGet(() -> conversations.create(h, contactId, channel.instanceId(),
                message.from(), message.subject(), now));
        if (existing.isEmpty()) {
            log(h, channel, conversation, ConversationEventType.OPENED, now, null, Map.of());
        }
        long messageId = messages.insertInbound(h, conversation.id(), channel.instanceId(), message, now);
        boolean fromCustomer = !message.automated();
        conversations.touch(h, conversation.id(), preview(message), now, fromCustomer);
        // A survey answer logs its own event and leaves a resolved conversation resolved.
        boolean answer = fromCustomer && existing.isPresent()
                && hooks.answers().take(h, conversation, channel.channelType(), messageId, message, now);
        if (!answer) {
            log(h, channel, conversation, fromCustomer ? ConversationEventType.CUSTOMER_MESSAGE
                    : ConversationEventType.AUTOMATED_MESSAGE, now, messageId, Map.of());
        }
        if (existing.isEmpty() && fromCustomer) {
            hooks.opened().opened(h, conversation, channel, message.text());
        }
        if (fromCustomer && !answer && conversation.status() != ConversationStatus.OPEN) {
            conversations.setStatus(h, conversation.id(), ConversationStatus.OPEN);
            log(h, channel, conversation, ConversationEventType.STATUS_CHANGED, now, null,
                    Map.of("from", conversation.status().id(), "to", ConversationStatus.OPEN.id()));
        }
        List<LiveNotice> notices = new java.util.ArrayList<>(List.of(LiveNotice.messageCreated(conversation.id(),
                messageId), LiveNotice.conversationUpdated(conversation.id())));
        if (fromCustomer && !answer) {
            notices.addAll(hooks.customerMessage().onCustomerMessage(h, conversation, now));
        }
        return notices;
    }

    private void log(Handle h, InboundChannel channel, Conversation c, ConversationEventType type, Instant at,
                     Long messageId, Map<String, String> attributes) {
        events.append(h, new EventLog.Entry(c.id(), type, at, channel.channelType(), c.assigneeId(), c.teamId(),
                messageId, attributes));
    }

    private static String preview(InboundMessage message) {
        if (!message.text().isBlank()) {
            int end = message.quotedFrom() >= 0 ? message.quotedFrom() : message.text().length();
            String fresh = message.text().substring(0, end);
            return fresh.isBlank() ? message.text() : fresh;
        }
        return message.attachments().isEmpty() ? "[" + message.kind().name().toLowerCase(java.util.Locale.ROOT) + "]"
                : "[" + message.attachments().get(0).filename() + "]";
    }
}
