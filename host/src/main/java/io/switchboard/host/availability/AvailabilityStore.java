package io.switchboard.host.availability;

import io.switchboard.api.channel.Address;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Rows;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Agents' availability and phone numbers. */
public final class AvailabilityStore {

    private static final String SELECT = "SELECT u.id, u.name, u.role, u.availability, u.availability_at, u.phone,"
            + " (SELECT COUNT(*) FROM conversations c WHERE c.assignee_id = u.id AND c.status = 'open') AS open_count"
            + " FROM users u WHERE u.active = TRUE ";
    private static final RowMapper<AgentStatus> MAPPER = (rs, ctx) -> new AgentStatus(rs.getLong("id"),
            rs.getString("name"), rs.getString("role"), rs.getString("availability"),
            Rows.instant(rs, "availability_at"), rs.getString("phone"), rs.getInt("open_count"));

    private final Jdbi jdbi;
    private final Clock clock;

    public AvailabilityStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<AgentStatus> list() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "ORDER BY u.name, u.id").map(MAPPER).list());
    }

    public Optional<AgentStatus> find(long userId) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "AND u.id = :id").bind("id", userId).map(MAPPER)
                .findOne());
    }

    /** Online agents with a phone, longest online first: the voice channel's ring list. */
    public List<AgentStatus> onlineWithPhone() {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "AND u.availability = 'online' AND u.phone IS NOT NULL"
                + " ORDER BY u.availability_at, u.id").map(MAPPER).list());
    }

    /** Sets the availability; returns whether it changed. */
    public boolean setAvailability(long userId, Availability availability) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE users SET availability = :availability,"
                        + " availability_at = :now WHERE id = :id AND active = TRUE AND availability <> :availability")
                .bind("availability", availability.id()).bind("now", clock.instant()).bind("id", userId)
                .execute()) > 0;
    }

    /** Sets the phone (E.164), or removes it when blank. */
    public void setPhone(long userId, String phone) {
        String value = phone == null || phone.isBlank() ? null : normalised(phone);
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET phone = :phone WHERE id = :id")
                .bind("phone", value).bind("id", userId).execute());
    }

    private static String normalised(String phone) {
        try {
            return Address.phone(phone.strip()).value();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("phone '" + phone.strip() + "' is not in E.164 form: a + and the country code,"
                    + " then the number, such as +15551234567");
        }
    }
}
