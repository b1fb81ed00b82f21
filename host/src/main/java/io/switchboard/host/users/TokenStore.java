package io.switchboard.host.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Bearer tokens: browser sessions (expire) and API tokens for scripts (until revoked). Only
 * a SHA-256 of each token is stored, so a database leak yields no usable token.
 */
public final class TokenStore {

    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;
    private final UserStore users;

    public TokenStore(Jdbi jdbi, Clock clock, UserStore users) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.users = users;
    }

    public String issueSession(long userId) {
        return issue(userId, "session", null, clock.instant().plus(SESSION_LIFETIME));
    }

    public String issueApiToken(long userId, String name) {
        return issue(userId, "api", name, null);
    }

    private String issue(long userId, String kind, String name, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "sb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO api_tokens (user_id, token_hash, kind, name, created_at,"
                        + " expires_at) VALUES (:user, :hash, :kind, :name, :now, :expires)")
                .bind("user", userId).bind("hash", hash(token)).bind("kind", kind).bind("name", name)
                .bind("now", clock.instant()).bind("expires", expiresAt).execute());
        return token;
    }

    /** The active user a valid, unexpired token belongs to. */
    public Optional<User> resolve(String token) {
        Optional<Long> userId = jdbi.withHandle(h -> h.createQuery("SELECT user_id FROM api_tokens"
                        + " WHERE token_hash = :hash AND (expires_at IS NULL OR expires_at > :now)")
                .bind("hash", hash(token)).bind("now", clock.instant()).mapTo(Long.class).findOne());
        return userId.flatMap(users::find).filter(User::active);
    }

    public void revoke(String token) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM api_tokens WHERE token_hash = :hash")
                .bind("hash", hash(token)).execute());
    }

    /** Revokes every token of a user: sessions and API tokens. */
    public void revokeAll(long userId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM api_tokens WHERE user_id = :user").bind("user", userId)
                .execute());
    }

    /** Signs a user out everywhere in the browser; their API tokens for scripts stay. */
    public void revokeSessions(long userId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM api_tokens WHERE user_id = :user AND kind = 'session'")
                .bind("user", userId).execute());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
