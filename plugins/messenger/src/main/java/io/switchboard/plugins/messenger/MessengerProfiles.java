package io.switchboard.plugins.messenger;

import io.switchboard.api.channel.ChannelState;
import io.switchboard.plugins.meta.GraphClient;
import io.switchboard.plugins.meta.GraphResponse;
import io.switchboard.plugins.meta.MetaJson;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Customers' names. Messenger webhooks carry only the page-scoped id, so the name comes from
 * the User Profile API ({@code GET /{psid}?fields=first_name,last_name}) the first time a
 * customer writes, and is remembered so later messages cost no call. A failed lookup leaves
 * the name unknown; it never holds up the message.
 */
final class MessengerProfiles {

    /** The lookup runs while Meta waits for the webhook's answer, so it gets little time. */
    static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(3);

    /** A failed lookup is not tried again for this long, so a batch does not wait on each message. */
    static final Duration RETRY_AFTER = Duration.ofHours(1);

    private final GraphClient graph;
    private final ChannelState state;
    private final Clock clock;
    private final System.Logger log;
    private final Map<String, Instant> failedAt = new ConcurrentHashMap<>();

    MessengerProfiles(GraphClient graph, ChannelState state, Clock clock, System.Logger log) {
        this.graph = graph;
        this.state = state;
        this.clock = clock;
        this.log = log;
    }

    /**
     * The customer's name.
     *
     * @param psid the page-scoped id
     * @return first and last name, or empty when unknown
     */
    Optional<String> name(String psid) {
        Optional<String> known = state.get(key(psid));
        if (known.isPresent()) {
            return known;
        }
        Instant failed = failedAt.get(psid);
        if (failed != null && clock.instant().isBefore(failed.plus(RETRY_AFTER))) {
            return Optional.empty();
        }
        Optional<String> looked = lookUp(psid);
        looked.ifPresentOrElse(name -> state.put(key(psid), name), () -> failedAt.put(psid, clock.instant()));
        return looked;
    }

    private Optional<String> lookUp(String psid) {
        if (!psid.matches("[0-9]{1,30}")) {
            return Optional.empty();
        }
        try {
            GraphResponse response = graph.get(psid + "?fields=first_name,last_name", LOOKUP_TIMEOUT);
            if (!response.ok()) {
                log.log(System.Logger.Level.INFO, "no Messenger profile for a customer: HTTP " + response.status());
                return Optional.empty();
            }
            return response.json().map(json -> Stream.of(MetaJson.stringOrNull(json, "first_name"),
                            MetaJson.stringOrNull(json, "last_name"))
                    .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" ")))
                    .filter(name -> !name.isBlank());
        } catch (IOException e) {
            log.log(System.Logger.Level.INFO, "Messenger profile lookup failed: " + e.getClass().getSimpleName());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String key(String psid) {
        return "profile/" + psid;
    }
}
