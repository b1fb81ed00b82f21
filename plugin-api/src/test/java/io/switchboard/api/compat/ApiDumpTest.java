package io.switchboard.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dump file's text: a header with the API's major version, then one line per element. */
class ApiDumpTest {

    @TempDir
    Path dir;

    @Test
    void aRenderedDumpReadsBackAsTheSameElementsAndMajorVersion() {
        List<ApiElement> api = Fixtures.api(dir, "public interface Greeter { String greet(String name); }");

        ApiDump read = ApiDump.parse(ApiDump.of(3, api).render());

        assertEquals(ApiDump.of(3, api), read);
    }

    @Test
    void theHeaderSaysHowToRecordTheDump() {
        String text = ApiDump.of(1, List.of()).render();

        assertTrue(text.contains("# Record the current API with: ./mvnw -pl plugin-api test -Dapi.dump.update=true"),
                text);
    }

    @Test
    void aDumpWithoutAMajorVersionHeaderIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ApiDump.parse("type fixture.Greeter: public interface\n"));
    }
}
