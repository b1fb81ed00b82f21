package io.switchboard.host.channels;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.switchboard.host.store.Rows;
import java.lang.reflect.Type;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Channel instance rows; secrets are encrypted with {@link SecretBox} on the way in. */
public final class ChannelInstanceStore {

    private static final Gson GSON = new Gson();
    private static final Type MAP = new TypeToken<Map<String, String>>() { }.getType();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;
    private final SecretBox secrets;
    private final RowMapper<ChannelInstanceRecord> mapper;

    public ChannelInstanceStore(Jdbi jdbi, Clock clock, SecretBox secrets) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.secrets = secrets;
        this.mapper = (rs, ctx) -> new ChannelInstanceRecord(rs.getLong("id"), rs.getString("instance_key"),
                rs.getString("channel_type"), rs.getString("name"), GSON.fromJson(rs.getString("config_json"), MAP),
                GSON.fromJson(this.secrets.decrypt(rs.getString("secrets_enc")), MAP), rs.getString("signing_key"),
                rs.getBoolean("enabled"), rs.getString("poll_cursor"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }

    public ChannelInstanceRecord create(String key, String channelType, String name, Map<String, String> config,
                                        Map<String, String> secretValues) {
        byte[] signing = new byte[32];
        RANDOM.nextBytes(signing);
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO channel_instances (instance_key, channel_type,"
                        + " name, config_json, secrets_enc, signing_key, created_at, updated_at)"
                        + " VALUES (:key, :type, :name, :config, :secrets, :signing, :now, :now)")
                .bind("key", key).bind("type", channelType).bind("name", name).bind("config", GSON.toJson(config))
                .bind("secrets", secrets.encrypt(GSON.toJson(secretValues)))
                .bind("signing", Base64.getEncoder().encodeToString(signing)).bind("now", clock.instant())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return find(id).orElseThrow();
    }

    public void update(long id, String name, Map<String, String> config, Map<String, String> secretValues,
                       boolean enabled) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE channel_instances SET name = :name, config_json = :config,"
                        + " secrets_enc = :secrets, enabled = :enabled, updated_at = :now WHERE id = :id")
                .bind("name", name).bind("config", GSON.toJson(config))
                .bind("secrets", secrets.encrypt(GSON.toJson(secretValues))).bind("enabled", enabled)
                .bind("now", clock.instant()).bind("id", id).execute());
    }

    /** Soft delete: conversations keep pointing at the instance; its key stops working. */
    public void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE channel_instances SET deleted_at = :now, enabled = FALSE,"
                        + " updated_at = :now WHERE id = :id")
                .bind("now", clock.instant()).bind("id", id).execute());
    }

    public Optional<ChannelInstanceRecord> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM channel_instances WHERE id = :id"
                + " AND deleted_at IS NULL").bind("id", id).map(mapper).findOne());
    }

    /** The channel type id of a live instance, read without decrypting its secrets (hot path). */
    public Optional<String> channelTypeOf(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT channel_type FROM channel_instances WHERE id = :id"
                + " AND deleted_at IS NULL").bind("id", id).mapTo(String.class).findOne());
    }

    public Optional<ChannelInstanceRecord> findByKey(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM channel_instances WHERE instance_key = :key"
                + " AND deleted_at IS NULL").bind("key", key).map(mapper).findOne());
    }

    public boolean keyTaken(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM channel_instances WHERE instance_key = :key")
                .bind("key", key).mapTo(Long.class).one() > 0);
    }

    public List<ChannelInstanceRecord> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM channel_instances WHERE deleted_at IS NULL"
                + " ORDER BY name, id").map(mapper).list());
    }

    public void saveCursor(Handle h, long id, String cursor) {
        h.createUpdate("UPDATE channel_instances SET poll_cursor = :cursor WHERE id = :id")
                .bind("cursor", cursor).bind("id", id).execute();
    }
}
