package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultVersionManager;

/** An uploaded zip is refused, with the reason, before PF4J sees anything unsafe in it. */
class PluginArchiveTest {

    private static final String DESCRIPTOR = "plugin.id=acme-chat\nplugin.version=1.2.0\n"
            + "plugin.requires=>=1.0.0 & <2.0.0\n";

    @Test
    void aWellFormedZipIsRead() {
        PluginArchive archive = PluginArchive.read(zip(Map.of("plugin.properties", DESCRIPTOR, "lib/x.jar", "x")));

        assertEquals(2, archive.entryCount());
        assertTrue(archive.files().containsKey("plugin.properties"));
    }

    @Test
    void anEntryClimbingOutOfThePluginDirectoryIsRefused() {
        assertRefused("climbs out", zip(Map.of("classes/../../evil.sh", "x")));
    }

    @Test
    void anAbsolutePathIsRefused() {
        assertRefused("absolute path", zip(Map.of("/etc/cron.d/evil", "x")));
    }

    @Test
    void aWindowsPathIsRefused() {
        assertRefused("absolute path", zip(Map.of("C:\\evil.dll", "x")));
    }

    @Test
    void aSymbolicLinkIsRefused() {
        byte[] zip = zip(Map.of("plugin.properties", DESCRIPTOR, "classes/link", "/etc/passwd"));
        markAsUnixSymlink(zip, 1);

        assertRefused("symbolic link", zip);
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i <= PluginArchive.MAX_ENTRIES; i++) {
            entries.put("lib/f" + i, "");
        }
        assertRefused("at most 5000", zip(entries));
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        assertRefused("not a zip", "just text, not a zip at all".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingDescriptorIsRefused() {
        assertDescriptorRefused("plugin.properties is missing", null);
    }

    @Test
    void anIdWithCapitalsOrPathCharactersIsRefused() {
        assertDescriptorRefused("plugin.id '../Acme' is not allowed", DESCRIPTOR.replace("acme-chat", "../Acme"));
    }

    @Test
    void aVersionThatIsNotSemanticIsRefused() {
        assertDescriptorRefused("not a semantic version", DESCRIPTOR.replace("1.2.0", "latest"));
    }

    @Test
    void aPluginForAnotherMajorApiVersionIsRefused() {
        assertDescriptorRefused("needs plugin API >=2.0.0 & <3.0.0, but this desk provides plugin API 1.0.0",
                DESCRIPTOR.replace(">=1.0.0 & <2.0.0", ">=2.0.0 & <3.0.0"));
    }

    @Test
    void aPluginThatAcceptsAnyApiVersionIsRefused() {
        assertDescriptorRefused("plugin.requires is '*'", DESCRIPTOR.replace(">=1.0.0 & <2.0.0", "*"));
    }

    @Test
    void aCompatibleDescriptorPasses() {
        assertEquals("acme-chat", PluginDescriptorCheck.check(DESCRIPTOR.getBytes(StandardCharsets.UTF_8), "1.0.0",
                new DefaultVersionManager()).getProperty("plugin.id"));
    }

    private static void assertDescriptorRefused(String reason, String descriptor) {
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> PluginDescriptorCheck.check(
                descriptor == null ? null : descriptor.getBytes(StandardCharsets.UTF_8), "1.0.0",
                new DefaultVersionManager()));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private static void assertRefused(String reason, byte[] zip) {
        UploadRefusedException refused = assertThrows(UploadRefusedException.class, () -> PluginArchive.read(zip));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** What Info-ZIP writes for a link: made by Unix, mode 0120777 in the external attributes. */
    private static void markAsUnixSymlink(byte[] zip, int index) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int seen = 0;
        for (int at = 0; at + 4 <= zip.length; at++) {
            if (buffer.getInt(at) == 0x02014b50 && seen++ == index) {
                buffer.putShort(at + 4, (short) (3 << 8 | 20));
                buffer.putInt(at + 38, 0120777 << 16);
                return;
            }
        }
        throw new IllegalStateException("no central header " + index);
    }
}
