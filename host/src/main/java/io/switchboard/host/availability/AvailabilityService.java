package io.switchboard.host.availability;

import io.switchboard.host.live.LiveHub;
import io.switchboard.host.problem.Problem;
import java.util.Map;

/** Changes an agent's availability or phone and tells every open agent stream at once. */
public final class AvailabilityService {

    /** The live event agents' screens get when someone's availability changes. */
    public static final String EVENT = "agent.availability";

    private final AvailabilityStore store;
    private final LiveHub live;

    public AvailabilityService(AvailabilityStore store, LiveHub live) {
        this.store = store;
        this.live = live;
    }

    /** Applies the fields that are present; null fields stay as they are. */
    public AgentStatus change(long userId, String availability, String phone) {
        Availability parsed = availability == null ? null : Availability.parse(availability);
        store.find(userId).orElseThrow(() -> Problem.notFound("no active user with id " + userId));
        if (phone != null) {
            store.setPhone(userId, phone);
        }
        if (parsed != null && store.setAvailability(userId, parsed)) {
            live.publishToAgents(EVENT, Map.of("userId", userId, "availability", parsed.id()));
        }
        return store.find(userId).orElseThrow();
    }
}
