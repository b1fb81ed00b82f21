package io.switchboard.host.users;

import io.switchboard.host.problem.Problem;
import java.util.Map;

/**
 * Admin changes to an existing user. Deactivating revokes every token of the user at once
 * and ends their live event streams (a deactivated user is signed out everywhere); a password
 * reset ends their browser sessions and streams. The desk never loses its last active admin, and admins cannot lock themselves out.
 */
public final class UserChanges {

    static final int MIN_PASSWORD = 10;

    private final UserStore users;
    private final TokenStore tokens;
    private final java.util.function.LongConsumer signedOutEverywhere;

    /** {@code signedOutEverywhere} ends what a user's revoked sessions still hold open (live streams). */
    public UserChanges(UserStore users, TokenStore tokens, java.util.function.LongConsumer signedOutEverywhere) {
        this.users = users;
        this.tokens = tokens;
        this.signedOutEverywhere = signedOutEverywhere;
    }

    /** Applies the given changes; null means unchanged. */
    public synchronized User update(User admin, long id, String name, Role role, Boolean active) {
        User current = find(id);
        String newName = name == null ? current.name() : requireName(name);
        Role newRole = role == null ? current.role() : role;
        boolean newActive = active == null ? current.active() : active;
        if (current.id() == admin.id() && (!newActive || newRole != Role.ADMIN)) {
            throw Problem.conflict("you cannot deactivate yourself or take away your own admin role; ask another"
                    + " admin to do it");
        }
        boolean losesAdmin = current.role() == Role.ADMIN && current.active()
                && (newRole != Role.ADMIN || !newActive);
        if (losesAdmin && users.countActiveAdmins() <= 1) {
            throw Problem.conflict(current.email() + " is the last active admin; make another user an admin first");
        }
        users.update(id, newName, newRole, newActive);
        if (current.active() && !newActive) {
            tokens.revokeAll(id);
            signedOutEverywhere.accept(id);
        }
        return find(id);
    }

    /** Sets a new password and ends the user's browser sessions. */
    public void resetPassword(long id, String password) {
        find(id);
        requirePassword(password);
        users.setPassword(id, password);
        tokens.revokeSessions(id);
        signedOutEverywhere.accept(id);
    }

    static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw Problem.badRequest("password must have at least " + MIN_PASSWORD + " characters");
        }
    }

    static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw Problem.badRequest("name is required (at most 200 characters)");
        }
        return name.strip();
    }

    static Role parseRole(String role) {
        try {
            return Role.of(role);
        } catch (IllegalArgumentException e) {
            throw new Problem(400, "Bad request", "role must be 'agent' or 'admin', was '" + role + "'", Map.of());
        }
    }

    private User find(long id) {
        return users.find(id).orElseThrow(() -> Problem.notFound("no user with id " + id));
    }
}
