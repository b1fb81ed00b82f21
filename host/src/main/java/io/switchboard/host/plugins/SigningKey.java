package io.switchboard.host.plugins;

import java.time.Instant;

/**
 * A public key plugin uploads may be signed with.
 *
 * @param fingerprint hex SHA-256 of the key's X.509 (DER) encoding
 * @param publicKey the Ed25519 public key, base64 of its X.509 (DER) encoding
 */
public record SigningKey(String fingerprint, String name, String publicKey, Instant addedAt) {
}
