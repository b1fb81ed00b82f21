package io.switchboard.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.compat.ApiCompatibilityCheck.Status;
import io.switchboard.api.compat.ApiCompatibilityCheck.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The build's API compatibility gate: the compiled plugin API ({@code target/classes}) against the
 * committed dump {@code plugin-api/api/plugin-api.api}. The rules are {@link ApiDiff}'s and
 * {@link ApiCompatibilityCheck}'s; {@code -Dapi.dump.update=true} records the current API instead
 * ({@link ApiCompatibilityCheck#UPDATE_COMMAND}).
 *
 * <p>Maven passes {@code project.version}, {@code api.dump.file}, {@code api.classes.dir} and
 * {@code api.dump.update} as system properties; run from an IDE, the defaults below apply.
 */
class PluginApiCompatibilityTest {

    private static final String UPDATE = "api.dump.update";

    @Test
    @DisabledIfSystemProperty(named = UPDATE, matches = "true")
    void thePluginApiMatchesItsRecordedDump() {
        Verdict verdict = ApiDumpFile.check(dumpFile(), currentApi(), projectVersion());

        assertEquals(Status.UP_TO_DATE, verdict.status(), verdict.message());
    }

    @Test
    @EnabledIfSystemProperty(named = UPDATE, matches = "true")
    void updatingRecordsTheCurrentPluginApi() {
        Verdict verdict = ApiDumpFile.update(dumpFile(), currentApi(), projectVersion());

        assertEquals(Status.UP_TO_DATE, verdict.status(), verdict.message());
        System.out.println(verdict.message());
    }

    private static List<ApiElement> currentApi() {
        Path classes = Path.of(System.getProperty("api.classes.dir", "target/classes"));
        return ApiDumper.dump(classes, "io.switchboard.api", PluginApiCompatibilityTest.class.getClassLoader());
    }

    private static Path dumpFile() {
        return Path.of(System.getProperty("api.dump.file", "api/plugin-api.api"));
    }

    /** The version Maven passes, else the one filtered into the API's own resource. */
    private static String projectVersion() {
        String version = System.getProperty("project.version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
            return version;
        }
        Path resource = Path.of(System.getProperty("api.classes.dir", "target/classes"),
                "io/switchboard/api/plugin-api.properties");
        try (InputStream in = Files.newInputStream(resource)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("no project.version system property and no " + resource, e);
        }
    }
}
