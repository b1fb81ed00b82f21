package io.switchboard.host.live;

import com.google.gson.Gson;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.media.sse.EventOutput;
import org.glassfish.jersey.media.sse.OutboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans live events out to open Server-Sent Events streams: agents' inbox streams, and
 * per-topic streams that channel plugins open for their own clients (web chat visitors).
 * Writes happen on one dedicated thread so a slow client never blocks a request or a commit;
 * a heartbeat comment every 15 s finds dead connections behind proxies.
 *
 * <p>Single node: events reach the streams of this process. A cluster fans them out
 * through PostgreSQL LISTEN/NOTIFY (not built yet).
 */
public final class LiveHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);
    private static final Gson GSON = new Gson();

    private final Set<EventOutput> agentStreams = ConcurrentHashMap.newKeySet();
    private final Map<EventOutput, Long> agentStreamUsers = new ConcurrentHashMap<>();
    private final Map<String, Set<EventOutput>> topicStreams = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "live-writer"));
    private final ScheduledExecutorService heartbeat =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "live-heartbeat"));

    public LiveHub() {
        heartbeat.scheduleAtFixedRate(this::sendHeartbeats, 15, 15, TimeUnit.SECONDS);
    }

    /** Opens an agent's stream; {@link #closeAgentStreamsOf} ends it when the user loses access. */
    public EventOutput openAgentStream(long userId) {
        EventOutput output = new EventOutput();
        agentStreamUsers.put(output, userId);
        agentStreams.add(output);
        writer.execute(() -> write(output, agentStreams, new OutboundEvent.Builder().comment("connected").build()));
        return output;
    }

    public EventOutput openTopicStream(String scopedTopic) {
        EventOutput output = new EventOutput();
        Set<EventOutput> streams = topicStreams.computeIfAbsent(scopedTopic, k -> ConcurrentHashMap.newKeySet());
        streams.add(output);
        writer.execute(() -> write(output, streams, new OutboundEvent.Builder().comment("connected").build()));
        return output;
    }

    /** Sends an event to every agent stream; {@code data} is serialised as JSON. */
    public void publishToAgents(String event, Object data) {
        String json = GSON.toJson(data);
        writer.execute(() -> {
            OutboundEvent outbound = new OutboundEvent.Builder().name(event).data(json).build();
            agentStreams.forEach(stream -> write(stream, agentStreams, outbound));
        });
    }

    public void publishToTopic(String scopedTopic, String event, String data) {
        writer.execute(() -> {
            Set<EventOutput> streams = topicStreams.get(scopedTopic);
            if (streams != null) {
                OutboundEvent outbound = new OutboundEvent.Builder().name(event).data(data).build();
                streams.forEach(stream -> write(stream, streams, outbound));
            }
        });
    }

    /**
     * Ends every open stream of a user (deactivated, or signed out everywhere): a stream is
     * authenticated once, when it opens, so revoking tokens alone would leave it running.
     */
    public void closeAgentStreamsOf(long userId) {
        agentStreamUsers.keySet().removeIf(EventOutput::isClosed);
        agentStreamUsers.forEach((stream, owner) -> {
            if (owner == userId) {
                agentStreams.remove(stream);
                agentStreamUsers.remove(stream);
                closeQuietly(stream);
            }
        });
    }

    private void sendHeartbeats() {
        writer.execute(() -> {
            OutboundEvent ping = new OutboundEvent.Builder().comment("heartbeat").build();
            agentStreams.forEach(stream -> write(stream, agentStreams, ping));
            topicStreams.forEach((topic, streams) -> streams.forEach(stream -> write(stream, streams, ping)));
            topicStreams.values().removeIf(Set::isEmpty);
            agentStreamUsers.keySet().retainAll(agentStreams);
        });
    }

    private static void write(EventOutput stream, Set<EventOutput> owner, OutboundEvent event) {
        if (stream.isClosed()) {
            owner.remove(stream);
            return;
        }
        try {
            stream.write(event);
        } catch (IOException | RuntimeException e) {
            owner.remove(stream);
            closeQuietly(stream);
        }
    }

    private static void closeQuietly(EventOutput stream) {
        try {
            stream.close();
        } catch (IOException e) {
            LOG.debug("Closing a dead event stream failed", e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        // May be created while a plugin calls in: never inherit (and keep) its class loader.
        thread.setContextClassLoader(LiveHub.class.getClassLoader());
        return thread;
    }

    /** Ends every open stream; clients reconnect (EventSource does so by itself). */
    public void closeStreams() {
        agentStreams.forEach(LiveHub::closeQuietly);
        agentStreams.clear();
        agentStreamUsers.clear();
        topicStreams.values().forEach(streams -> streams.forEach(LiveHub::closeQuietly));
        topicStreams.clear();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        writer.shutdown();
        closeStreams();
    }
}
