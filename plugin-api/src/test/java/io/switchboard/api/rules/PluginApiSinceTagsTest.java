package io.switchboard.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public type and every public or protected member declared in plugin-api's sources says since
 * which version it exists, so plugin authors can tell what a {@code Plugin-Requires} range gives them.
 */
class PluginApiSinceTagsTest {

    @Test
    void everyPublicElementOfThePluginApiHasASinceTag() {
        Path sources = Path.of(System.getProperty("api.sources.dir", "src/main/java"));
        assertTrue(Files.isDirectory(sources), "no sources at " + sources.toAbsolutePath());

        List<SinceTagScanner.Offender> offenders = SinceTagScanner.scanTree(sources);

        assertEquals(List.of(), offenders, () -> "API elements without a Javadoc @since tag (in "
                + sources + "):\n" + offenders.stream().map(o -> "  " + o).collect(Collectors.joining("\n")));
    }
}
