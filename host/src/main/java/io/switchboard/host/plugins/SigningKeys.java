package io.switchboard.host.plugins;

import io.switchboard.host.problem.Problem;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The Ed25519 keys an admin trusts to sign plugins. While there are none, uploads need no
 * signature; once there is one, every upload must carry a detached signature that one of them
 * verifies. A signature is over the 32 bytes of the zip's SHA-256 (see docs/plugins.md).
 */
public final class SigningKeys {

    private final Jdbi jdbi;
    private final Clock clock;

    public SigningKeys(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public List<SigningKey> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT fingerprint, name, public_key, added_at"
                        + " FROM plugin_signing_keys ORDER BY added_at, fingerprint")
                .map((rs, ctx) -> new SigningKey(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant())).list());
    }

    /** Adds a key given as base64 DER or PEM ({@code openssl pkey -pubout}). */
    public SigningKey add(String name, String encoded) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw Problem.badRequest("name is required (at most 200 characters)");
        }
        byte[] der = decode(encoded);
        parse(der);
        String fingerprint = HexFormat.of().formatHex(sha256(der));
        if (jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plugin_signing_keys WHERE fingerprint = :f")
                .bind("f", fingerprint).mapTo(Integer.class).one()) > 0) {
            throw Problem.conflict("this key is already trusted (fingerprint " + fingerprint + ")");
        }
        SigningKey key = new SigningKey(fingerprint, name.strip(), Base64.getEncoder().encodeToString(der),
                clock.instant());
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO plugin_signing_keys (fingerprint, name, public_key, added_at)"
                        + " VALUES (:f, :n, :k, :at)").bind("f", key.fingerprint()).bind("n", key.name())
                .bind("k", key.publicKey()).bind("at", key.addedAt()).execute());
        return key;
    }

    public SigningKey remove(String fingerprint) {
        SigningKey key = list().stream().filter(k -> k.fingerprint().equals(fingerprint)).findFirst()
                .orElseThrow(() -> Problem.notFound("no trusted key has the fingerprint " + fingerprint));
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plugin_signing_keys WHERE fingerprint = :f")
                .bind("f", fingerprint).execute());
        return key;
    }

    /**
     * The key that verifies the signature, empty when no key is trusted (signatures are then
     * optional); refuses an upload whose signature is missing or matches no trusted key.
     */
    Optional<SigningKey> verify(byte[] sha256, String signature) {
        List<SigningKey> trusted = list();
        if (trusted.isEmpty()) {
            return Optional.empty();
        }
        if (signature == null || signature.isBlank()) {
            throw new UploadRefusedException("this desk only accepts signed plugins: send the zip's detached"
                    + " Ed25519 signature (base64) in the Plugin-Signature header");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            throw new UploadRefusedException("the Plugin-Signature header is not base64");
        }
        for (SigningKey key : trusted) {
            if (verifies(key, sha256, bytes)) {
                return Optional.of(key);
            }
        }
        throw new UploadRefusedException("the signature does not verify with any of the " + trusted.size()
                + " trusted keys: the zip was changed or signed with another key");
    }

    private static boolean verifies(SigningKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(parse(Base64.getDecoder().decode(key.publicKey())));
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            throw Problem.badRequest("publicKey is required: an Ed25519 public key as PEM or base64 DER");
        }
        String body = encoded.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("publicKey is neither PEM nor base64");
        }
    }

    private static PublicKey parse(byte[] der) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw Problem.badRequest("publicKey is not an Ed25519 public key (X.509 SubjectPublicKeyInfo)");
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
