package io.switchboard.host.conversations;

import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundCall;
import io.switchboard.host.live.LiveHub;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import io.switchboard.host.users.User;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent calls the customer of a conversation back. The channel's plugin places the call
 * with its provider (outside any transaction: that is network I/O); the call it returns becomes
 * a new outbound call entry in the conversation, which the provider's later callbacks fill in.
 * A refusal comes back as a problem carrying the provider's reason. A client id (the
 * Idempotency-Key header) makes a retried request return the call already placed.
 */
public final class CallPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(CallPlacement.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ConversationStore conversations;
    private final ChannelTypes channelTypes;
    private final ChannelAccess channels;
    private final LiveHub live;

    public CallPlacement(Jdbi jdbi, Clock clock, ConversationStore conversations, ChannelTypes channelTypes,
                         ChannelAccess channels, LiveHub live) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.conversations = conversations;
        this.channelTypes = channelTypes;
        this.channels = channels;
        this.live = live;
    }

    public CallEntry place(long conversationId, User agent, String clientId) {
        Conversation conversation = jdbi.withHandle(h -> conversations.find(h, conversationId))
                .orElseThrow(() -> Problem.notFound("no conversation with id " + conversationId));
        ChannelType type = channelTypes.ofInstance(conversation.channelInstanceId())
                .orElseThrow(CallPlacement::channelUnavailable);
        if (!type.capabilities().calls()) {
            throw Problem.unprocessable("Channel cannot place calls", "this conversation is on " + type.displayName()
                    + ", which carries no calls; call from a conversation on a voice channel", Map.of());
        }
        if (clientId != null) {
            Optional<CallRow> earlier = jdbi.withHandle(h -> byRequest(h, conversationId, clientId));
            if (earlier.isPresent()) {
                return CallEntry.of(earlier.get());
            }
        }
        String requestId = clientId != null ? clientId : UUID.randomUUID().toString();
        ChannelInstance instance = channels.instance(conversation.channelInstanceId())
                .orElseThrow(CallPlacement::channelUnavailable);
        DeliveryResult result = ask(instance, new OutboundCall(requestId, String.valueOf(conversationId),
                conversation.customer(), agent.name(), null, Map.of()));
        if (result instanceof DeliveryResult.Sent sent) {
            return CallEntry.of(record(conversation, sent.externalId(), requestId));
        }
        throw refusal(result);
    }

    private static DeliveryResult ask(ChannelInstance instance, OutboundCall call) {
        try {
            DeliveryResult result = instance.placeCall(call);
            return result == null ? DeliveryResult.retry("the channel plugin gave no answer") : result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retry("interrupted while placing the call");
        } catch (Exception | LinkageError e) {
            LOG.warn("Placing a call failed in the channel plugin", e);
            return DeliveryResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private CallRow record(Conversation conversation, String callId, String requestId) {
        Instant now = clock.instant();
        long instanceId = conversation.channelInstanceId();
        CallRow row = Transactions.inTransactionWithRetry(jdbi, h -> {
            // The provider may report on the call before this commits; that row is then adopted.
            Optional<CallRow> early = CallRow.find(h, instanceId, callId);
            if (early.isPresent()) {
                h.createUpdate("UPDATE calls SET direction = 'outbound', request_id = :request,"
                                + " conversation_id = :conversation, callback_due_at = NULL WHERE id = :id")
                        .bind("request", requestId).bind("conversation", conversation.id())
                        .bind("id", early.get().id()).execute();
            } else {
                h.createUpdate("INSERT INTO calls (conversation_id, channel_instance_id, call_id, caller, started_at,"
                                + " direction, request_id) VALUES (:conversation, :instance, :call, :caller, :at,"
                                + " 'outbound', :request)")
                        .bind("conversation", conversation.id()).bind("instance", instanceId).bind("call", callId)
                        .bind("caller", conversation.customer().value()).bind("at", now).bind("request", requestId)
                        .execute();
            }
            conversations.touch(h, conversation.id(), "Calling back", now, false);
            return CallRow.find(h, instanceId, callId).orElseThrow();
        });
        LiveNotice notice = LiveNotice.conversationUpdated(conversation.id());
        live.publishToAgents(notice.event(), notice.data());
        return row;
    }

    private static Optional<CallRow> byRequest(Handle h, long conversationId, String requestId) {
        return h.createQuery("SELECT * FROM calls WHERE conversation_id = :conversation AND request_id = :request")
                .bind("conversation", conversationId).bind("request", requestId).map(CallRow.MAPPER).findOne();
    }

    private static Problem refusal(DeliveryResult result) {
        if (result instanceof DeliveryResult.Failed failed) {
            Map<String, Object> extensions = new HashMap<>();
            extensions.put("code", failed.code());
            return Problem.unprocessable("Call not placed", failed.code().isEmpty() ? failed.reason()
                    : failed.code() + ": " + failed.reason(), extensions);
        }
        DeliveryResult.Retry retry = (DeliveryResult.Retry) result;
        Map<String, Object> extensions = new HashMap<>();
        if (retry.retryAfter() != null) {
            extensions.put("retryAfterSeconds", retry.retryAfter().toSeconds());
        }
        return new Problem(503, "Call not placed", "the provider could not place the call now (" + retry.reason()
                + "); try again shortly", extensions);
    }

    private static Problem channelUnavailable() {
        return Problem.unavailable("the conversation's channel is disabled or its plugin is not started; no call was"
                + " placed");
    }
}
