package io.switchboard.host.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HostConfigLoaderTest {

    @Test
    void defaultsGiveAnEmbeddedDeskOnPort8080() {
        HostConfig config = new HostConfigLoader(Map.of(), new Properties()).load();
        assertEquals(8080, config.port());
        assertNull(config.dbUrl());
        assertEquals("admin@switchboard.local", config.adminEmail());
        assertNull(config.adminPassword());
        assertTrue(config.pluginRoots().get(config.pluginRoots().size() - 1).endsWith("plugins"));
    }

    @Test
    void environmentVariablesOverrideTheConfigFile() {
        Properties file = new Properties();
        file.setProperty("SWITCHBOARD_PORT", "9000");
        file.setProperty("SWITCHBOARD_ADMIN_EMAIL", "file@example.com");
        HostConfig config = new HostConfigLoader(Map.of("SWITCHBOARD_PORT", "9100"), file).load();
        assertEquals(9100, config.port());
        assertEquals("file@example.com", config.adminEmail());
    }

    @Test
    void aPortThatIsNotANumberIsExplained() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new HostConfigLoader(Map.of("SWITCHBOARD_PORT", "eighty"), new Properties()).load());
        assertTrue(e.getMessage().contains("SWITCHBOARD_PORT"));
    }

    @Test
    void aRelativePublicUrlIsRefused() {
        assertThrows(ConfigException.class, () -> new HostConfigLoader(Map.of("SWITCHBOARD_PUBLIC_URL", "desk"),
                new Properties()).load());
    }

    @Test
    void thePublicUrlLosesATrailingSlash() {
        HostConfig config = new HostConfigLoader(Map.of("SWITCHBOARD_PUBLIC_URL", "https://desk.example.com/"),
                new Properties()).load();
        assertEquals(URI.create("https://desk.example.com"), config.publicUrl());
    }

    @Test
    void bundledPluginDirectoriesComeBeforeTheInstalledOnes() {
        HostConfig config = new HostConfigLoader(Map.of("SWITCHBOARD_PLUGINS_DIR", "/opt/bundled",
                "SWITCHBOARD_DATA_DIR", "/var/desk"), new Properties()).load();
        assertEquals(java.nio.file.Path.of("/opt/bundled"), config.pluginRoots().get(0));
        assertEquals(java.nio.file.Path.of("/var/desk/plugins"), config.pluginRoots().get(1));
    }

    @Test
    void toStringHidesThePasswords() {
        HostConfig config = new HostConfigLoader(Map.of("SWITCHBOARD_ADMIN_PASSWORD", "s3cret-pass",
                "SWITCHBOARD_DB_URL", "jdbc:postgresql://db/desk?user=u&password=hunter2"), new Properties()).load();
        assertTrue(!config.toString().contains("s3cret-pass") && !config.toString().contains("hunter2"),
                config.toString());
    }
}
