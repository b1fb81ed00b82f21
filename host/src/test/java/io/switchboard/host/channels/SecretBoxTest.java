package io.switchboard.host.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dataDir;

    @Test
    void whatIsEncryptedDecryptsToTheSameText() {
        SecretBox box = SecretBox.create(null, dataDir);
        assertEquals("{\"appSecret\":\"abc\"}", box.decrypt(box.encrypt("{\"appSecret\":\"abc\"}")));
    }

    @Test
    void theCiphertextDoesNotContainTheSecret() {
        SecretBox box = SecretBox.create(null, dataDir);
        String sealed = box.encrypt("hunter2hunter2");
        assertTrue(!sealed.contains("hunter2"));
        assertNotEquals(sealed, box.encrypt("hunter2hunter2"), "a fresh IV every time");
    }

    @Test
    void theGeneratedKeyFileIsReadableByItsOwnerOnly() throws Exception {
        SecretBox.create(null, dataDir);
        assertEquals(PosixFilePermissions.fromString("rw-------"),
                Files.getPosixFilePermissions(dataDir.resolve("secret.key")));
    }

    @Test
    void theKeyFileSurvivesARestart() {
        String sealed = SecretBox.create(null, dataDir).encrypt("kept");
        assertEquals("kept", SecretBox.create(null, dataDir).decrypt(sealed));
    }

    @Test
    void aWrongKeyIsReportedClearly() {
        String sealed = SecretBox.create(null, dataDir).encrypt("x");
        SecretBox other = SecretBox.create(java.util.Base64.getEncoder().encodeToString(new byte[32]), dataDir);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.decrypt(sealed));
        assertTrue(e.getMessage().contains("SWITCHBOARD_SECRET_KEY"));
    }
}
