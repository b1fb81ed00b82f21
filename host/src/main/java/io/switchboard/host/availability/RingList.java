package io.switchboard.host.availability;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AvailableAgent;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** What channel plugins see of the agents: the online ones with a phone, longest online first. */
public final class RingList {

    private final Jdbi jdbi;

    public RingList(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<AvailableAgent> now() {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, phone FROM users WHERE active = TRUE"
                        + " AND availability = 'online' AND phone IS NOT NULL ORDER BY availability_at, id")
                .map((rs, ctx) -> new AvailableAgent(rs.getString(1), Address.phone(rs.getString(2)))).list());
    }
}
