package io.switchboard.host.conversations;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.host.problem.Problem;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the channel of a conversation says about a draft reply before it is sent, such as an
 * SMS's segment count. Pure advice: a channel without notes, or whose plugin is not running or
 * fails, yields none rather than an error, so the reply box never breaks over it.
 */
public final class DraftNotesService {

    static final int MAX_TEXT = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(DraftNotesService.class);

    private final Jdbi jdbi;
    private final ConversationStore conversations;
    private final ChannelAccess channels;

    public DraftNotesService(Jdbi jdbi, ConversationStore conversations, ChannelAccess channels) {
        this.jdbi = jdbi;
        this.conversations = conversations;
        this.channels = channels;
    }

    public List<String> notes(long conversationId, String text) {
        if (text == null) {
            throw Problem.badRequest("text is required (an empty string for an empty draft)");
        }
        if (text.length() > MAX_TEXT) {
            throw Problem.badRequest("text has " + text.length() + " characters; at most " + MAX_TEXT
                    + " are accepted");
        }
        Conversation conversation = jdbi.withHandle(h -> conversations.find(h, conversationId))
                .orElseThrow(() -> Problem.notFound("no conversation with id " + conversationId));
        Optional<ChannelConnector> connector = channels.connector(conversation.channelInstanceId());
        if (connector.isEmpty()) {
            return List.of();
        }
        try {
            List<String> notes = connector.get().draftNotes(text);
            return notes == null ? List.of() : List.copyOf(notes);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Channel plugin failed to comment on a draft of conversation {}", conversationId, e);
            return List.of();
        }
    }
}
