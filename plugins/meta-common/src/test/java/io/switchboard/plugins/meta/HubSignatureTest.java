package io.switchboard.plugins.meta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HubSignatureTest {

    private static final byte[] BODY = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
    private final HubSignature signature = new HubSignature("app-secret");

    @Test
    void theSignatureIsTheHexHmacSha256OfTheRawBodyKeyedWithTheAppSecret() {
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), a published test vector
        assertEquals("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                new HubSignature("key").sign("The quick brown fox jumps over the lazy dog"
                        .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCorrectSignatureIsValid() {
        assertEquals(HubSignature.Verdict.VALID, signature.verify(Optional.of(signature.sign(BODY)), BODY));
    }

    @Test
    void upperCaseHexIsAlsoValid() {
        String upper = "sha256=" + signature.sign(BODY).substring(7).toUpperCase(java.util.Locale.ROOT);
        assertEquals(HubSignature.Verdict.VALID, signature.verify(Optional.of(upper), BODY));
    }

    @Test
    void noHeaderIsMissing() {
        assertEquals(HubSignature.Verdict.MISSING, signature.verify(Optional.empty(), BODY));
        assertEquals(HubSignature.Verdict.MISSING, signature.verify(Optional.of(" "), BODY));
    }

    @Test
    void anythingButSha256AndSixtyFourHexDigitsIsMalformed() {
        String hex = signature.sign(BODY).substring(7);
        for (String bad : new String[] {hex, "sha1=" + hex, "sha256=" + hex.substring(1), "sha256=" + hex + "00",
                "sha256=" + hex.substring(1) + "g"}) {
            assertEquals(HubSignature.Verdict.MALFORMED, signature.verify(Optional.of(bad), BODY), bad);
        }
    }

    @Test
    void theSignatureOfAnotherBodyOrAnotherSecretIsAMismatch() {
        byte[] tampered = Arrays.copyOf(BODY, BODY.length + 1);
        tampered[BODY.length] = ' ';
        assertEquals(HubSignature.Verdict.MISMATCH, signature.verify(Optional.of(signature.sign(tampered)), BODY));
        assertEquals(HubSignature.Verdict.MISMATCH,
                signature.verify(Optional.of(new HubSignature("other").sign(BODY)), BODY));
    }

    @Test
    void signaturesAndTokensAreComparedInConstantTime() {
        JavaClasses meta = new ClassFileImporter().importClasses(HubSignature.class, SubscriptionHandshake.class);
        classes().should().callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class).check(meta);
        noClasses().should().callMethod(Arrays.class, "equals", byte[].class, byte[].class)
                .orShould().callMethod(String.class, "equals", Object.class)
                .orShould().callMethod(String.class, "contentEquals", CharSequence.class)
                .because("an early-exit comparison leaks how much of a guessed signature was right")
                .check(new ClassFileImporter().importClasses(HubSignature.class));
    }
}
