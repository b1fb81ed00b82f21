package io.switchboard.host.hours;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Business calendars and which channel uses which (by instance key or by channel type). */
public final class CalendarStore {

    private static final Gson GSON = new Gson();
    private static final Type WEEKLY = new TypeToken<Map<String, List<List<String>>>>() { }.getType();
    private static final Type DATES = new TypeToken<List<String>>() { }.getType();
    private static final RowMapper<StoredCalendar> MAPPER = (rs, ctx) -> new StoredCalendar(rs.getLong("id"),
            rs.getBoolean("is_default"), new CalendarSpec(rs.getString("name"), rs.getString("time_zone"),
            GSON.fromJson(rs.getString("weekly_json"), WEEKLY), GSON.fromJson(rs.getString("holidays_json"), DATES),
            (Integer) rs.getObject("expected_response_minutes")));

    /** Where a channel's calendar override applies. */
    public enum Scope { INSTANCE, TYPE }

    /** One override: channels of this instance key or type use this calendar. */
    public record Assignment(String scope, String key, long calendarId) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public CalendarStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<StoredCalendar> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM business_calendars ORDER BY name").map(MAPPER).list());
    }

    public Optional<StoredCalendar> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM business_calendars WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne());
    }

    /** Stores a validated spec; the first calendar becomes the default. */
    public StoredCalendar create(CalendarSpec spec) {
        BusinessCalendar calendar = validated(spec);
        long id = uniqueName(spec, () -> jdbi.inTransaction(h -> {
            boolean first = h.createQuery("SELECT COUNT(*) FROM business_calendars").mapTo(Long.class).one() == 0;
            return h.createUpdate("INSERT INTO business_calendars (name, time_zone, weekly_json, holidays_json,"
                            + " is_default, expected_response_minutes, created_at, updated_at) VALUES (:name, :zone,"
                            + " :weekly, :holidays, :first, :expected, :now, :now)")
                    .bindMap(columns(spec, calendar)).bind("first", first).bind("now", clock.instant())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }));
        return find(id).orElseThrow();
    }

    public StoredCalendar update(long id, CalendarSpec spec) {
        BusinessCalendar calendar = validated(spec);
        int updated = uniqueName(spec, () -> jdbi.withHandle(h -> h.createUpdate("UPDATE business_calendars SET"
                        + " name = :name, time_zone = :zone, weekly_json = :weekly, holidays_json = :holidays,"
                        + " expected_response_minutes = :expected, updated_at = :now WHERE id = :id")
                .bindMap(columns(spec, calendar)).bind("now", clock.instant()).bind("id", id).execute()));
        if (updated == 0) {
            throw notFound(id);
        }
        return find(id).orElseThrow();
    }

    public void delete(long id) {
        if (jdbi.withHandle(h -> h.createUpdate("DELETE FROM business_calendars WHERE id = :id").bind("id", id)
                .execute()) == 0) {
            throw notFound(id);
        }
    }

    public void makeDefault(long id) {
        find(id).orElseThrow(() -> notFound(id));
        jdbi.useTransaction(h -> h.createUpdate("UPDATE business_calendars SET is_default = (id = :id)")
                .bind("id", id).execute());
    }

    public List<Assignment> assignments() {
        return jdbi.withHandle(h -> h.createQuery("SELECT scope, scope_key, calendar_id FROM channel_calendars"
                + " ORDER BY scope, scope_key").map((rs, ctx) -> new Assignment(rs.getString(1), rs.getString(2),
                rs.getLong(3))).list());
    }

    /** Points channels of an instance key or type at a calendar; a null calendar removes the override. */
    public void assign(Scope scope, String key, Long calendarId) {
        if (calendarId != null) {
            find(calendarId).orElseThrow(() -> notFound(calendarId));
        }
        String scopeId = scope.name().toLowerCase(java.util.Locale.ROOT);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM channel_calendars WHERE scope = :scope AND scope_key = :key")
                    .bind("scope", scopeId).bind("key", key).execute();
            if (calendarId != null) {
                h.createUpdate("INSERT INTO channel_calendars (scope, scope_key, calendar_id) VALUES (:scope, :key,"
                        + " :calendar)").bind("scope", scopeId).bind("key", key).bind("calendar", calendarId).execute();
            }
        });
    }

    /** The calendar a channel instance uses: its own override, its type's, the default; empty when none. */
    public Optional<StoredCalendar> forChannel(Handle h, String instanceKey, String channelType) {
        return h.createQuery("SELECT bc.* FROM business_calendars bc LEFT JOIN channel_calendars cc"
                        + " ON cc.calendar_id = bc.id WHERE (cc.scope = 'instance' AND cc.scope_key = :key)"
                        + " OR (cc.scope = 'type' AND cc.scope_key = :type) OR bc.is_default"
                        + " ORDER BY CASE WHEN cc.scope = 'instance' AND cc.scope_key = :key THEN 0"
                        + " WHEN cc.scope = 'type' AND cc.scope_key = :type THEN 1 ELSE 2 END LIMIT 1")
                .bind("key", instanceKey).bind("type", channelType).map(MAPPER).findOne();
    }

    public Optional<StoredCalendar> forChannel(String instanceKey, String channelType) {
        return jdbi.withHandle(h -> forChannel(h, instanceKey, channelType));
    }

    private static BusinessCalendar validated(CalendarSpec spec) {
        if (spec == null || spec.name() == null || spec.name().isBlank() || spec.name().strip().length() > 200) {
            throw Problem.badRequest("name is required (1 to 200 characters)");
        }
        return spec.toCalendar();
    }

    private static Map<String, Object> columns(CalendarSpec spec, BusinessCalendar calendar) {
        CalendarSpec normal = CalendarSpec.of(spec.name().strip(), calendar, spec.expectedResponseMinutes());
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("name", normal.name());
        columns.put("zone", normal.timeZone());
        columns.put("weekly", GSON.toJson(normal.weekly()));
        columns.put("holidays", GSON.toJson(normal.holidays()));
        columns.put("expected", normal.expectedResponseMinutes());
        return columns;
    }

    private static <T> T uniqueName(CalendarSpec spec, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw Problem.conflict("a calendar named '" + spec.name().strip() + "' exists already");
            }
            throw e;
        }
    }

    private static Problem notFound(long id) {
        return Problem.notFound("no calendar with id " + id);
    }
}
