package io.switchboard.host.users;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Creates the first admin on an empty desk. The password is the configured one, or a
 * generated one that is returned so the launcher can print it once.
 */
public final class AdminBootstrap {

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private AdminBootstrap() {
    }

    /** The credentials of the admin just created, or empty when the desk already has users. */
    public static Optional<Credentials> ensureAdmin(UserStore users, String email, String configuredPassword) {
        if (users.count() > 0) {
            return Optional.empty();
        }
        String password = configuredPassword != null ? configuredPassword : generatePassword();
        users.create(email, "Administrator", Role.ADMIN, password);
        return Optional.of(new Credentials(email, password, configuredPassword == null));
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    /** An admin login; {@code generated} tells whether the desk made the password up. */
    public record Credentials(String email, String password, boolean generated) {
        @Override
        public String toString() {
            return "Credentials[" + email + "]";
        }
    }
}
