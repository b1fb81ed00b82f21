package io.switchboard.host.users;

import io.switchboard.host.store.Rows;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Users and their credentials. */
public final class UserStore {

    private static final RowMapper<User> MAPPER = (rs, ctx) -> new User(rs.getLong("id"), rs.getString("email"),
            rs.getString("name"), Role.of(rs.getString("role")), rs.getBoolean("active"),
            Rows.instant(rs, "created_at"));

    private final Jdbi jdbi;
    private final Clock clock;

    public UserStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public User create(String email, String name, Role role, String password) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO users (email, name, role, password_hash, created_at)"
                        + " VALUES (:email, :name, :role, :hash, :now)")
                .bind("email", email.strip().toLowerCase(java.util.Locale.ROOT)).bind("name", name)
                .bind("role", role.id()).bind("hash", PasswordHasher.hash(password)).bind("now", clock.instant())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return find(id).orElseThrow();
    }

    public Optional<User> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM users WHERE id = :id").bind("id", id)
                .map(MAPPER).findOne());
    }

    public List<User> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM users ORDER BY name, id").map(MAPPER).list());
    }

    /** Active users, for picking an assignee. */
    public List<User> listActive() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM users WHERE active = TRUE ORDER BY name, id")
                .map(MAPPER).list());
    }

    /** Changes name, role and active flag in one statement. */
    public void update(long id, String name, Role role, boolean active) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET name = :name, role = :role, active = :active WHERE id = :id")
                .bind("name", name).bind("role", role.id()).bind("active", active).bind("id", id).execute());
    }

    public void setPassword(long id, String password) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", PasswordHasher.hash(password)).bind("id", id).execute());
    }

    public long countActiveAdmins() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = TRUE")
                .mapTo(Long.class).one());
    }

    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM users").mapTo(Long.class).one());
    }

    /** The active user with these credentials; the same answer time for unknown emails. */
    public Optional<User> authenticate(String email, String password) {
        var row = jdbi.withHandle(h -> h.createQuery("SELECT id, password_hash FROM users WHERE email = :email"
                        + " AND active = TRUE")
                .bind("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).findOne());
        if (row.isEmpty()) {
            PasswordHasher.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        return PasswordHasher.matches(password, (String) row.get()[1]) ? find((Long) row.get()[0]) : Optional.empty();
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("not a real password");
}
