package io.switchboard.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.compat.ApiCompatibilityCheck.Status;
import io.switchboard.api.compat.ApiCompatibilityCheck.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the build fails on an API difference, given the project's version and the dump's major version,
 * and what {@code -Dapi.dump.update=true} may record.
 */
class ApiCompatibilityCheckTest {

    private static final String GREETER = "public interface Greeter { String greet(String name); }";
    private static final String SMALLER = "public interface Greeter { }";
    private static final String LARGER =
            "public interface Greeter { String greet(String name); default void wave() {} }";

    @TempDir
    Path dir;

    @Test
    void anApiThatMatchesItsDumpIsUpToDate() {
        Verdict verdict = verify(GREETER, GREETER, "1.4.0-SNAPSHOT");

        assertEquals(new Verdict(Status.UP_TO_DATE, ""), verdict);
    }

    @Test
    void anIncompatibleChangeWithinTheSameMajorVersionFailsListingEachChange() {
        Verdict verdict = verify(GREETER, SMALLER, "1.4.0-SNAPSHOT");

        assertEquals(Status.INCOMPATIBLE, verdict.status());
        assertTrue(verdict.message().contains(
                "  - removed: method fixture.Greeter#greet(java.lang.String): public abstract java.lang.String"),
                verdict.message());
    }

    @Test
    void anIncompatibleChangeIsAllowedInANewMajorVersionButMustBeRecorded() {
        Verdict verdict = verify(GREETER, SMALLER, "2.0.0-SNAPSHOT");

        assertEquals(Status.NOT_RECORDED, verdict.status());
        assertTrue(verdict.message().contains("allowed in a new major version"), verdict.message());
        assertTrue(verdict.message().endsWith(ApiCompatibilityCheck.UPDATE_COMMAND), verdict.message());
    }

    @Test
    void aNewElementFailsWithTheCommandThatRecordsIt() {
        Verdict verdict = verify(GREETER, LARGER, "1.4.0-SNAPSHOT");

        assertEquals(Status.NOT_RECORDED, verdict.status());
        assertTrue(verdict.message().contains("  - added: method fixture.Greeter#wave(): public default void"),
                verdict.message());
        assertTrue(verdict.message().endsWith("\n  ./mvnw -pl plugin-api test -Dapi.dump.update=true"),
                verdict.message());
    }

    @Test
    void aBetaChangeWithinTheSameMajorVersionDoesNotFailAsIncompatibleButMustBeRecorded() {
        Verdict verdict = verify("public interface Greeter { @io.switchboard.api.Beta String greet(String name); }",
                SMALLER, "1.4.0-SNAPSHOT");

        assertEquals(Status.NOT_RECORDED, verdict.status());
        assertTrue(verdict.message().contains("  - removed (exempt as @Beta): method fixture.Greeter#greet("
                + "java.lang.String): @Beta public abstract java.lang.String"), verdict.message());
    }

    @Test
    void aNewMajorVersionMustBeRecordedEvenWithoutApiChanges() {
        Verdict verdict = verify(GREETER, GREETER, "2.0.0");

        assertEquals(Status.NOT_RECORDED, verdict.status());
    }

    @Test
    void updatingRecordsNewElementsUnderTheProjectsMajorVersion() throws Exception {
        Path file = dumpFile(GREETER);
        List<ApiElement> larger = Fixtures.api(dir.resolve("after"), LARGER);

        Verdict verdict = ApiDumpFile.update(file, larger, "1.4.0-SNAPSHOT");

        assertEquals(Status.UP_TO_DATE, verdict.status(), verdict.message());
        assertEquals(ApiDump.of(1, larger), ApiDumpFile.read(file));
    }

    @Test
    void updatingRefusesIncompatibleChangesWithinTheSameMajorVersionAndLeavesTheDumpAlone() throws Exception {
        Path file = dumpFile(GREETER);
        String before = Files.readString(file);

        Verdict verdict = ApiDumpFile.update(file, Fixtures.api(dir.resolve("after"), SMALLER), "1.4.0-SNAPSHOT");

        assertEquals(Status.INCOMPATIBLE, verdict.status());
        assertEquals(before, Files.readString(file));
    }

    @Test
    void updatingAfterAMajorVersionBumpRecordsTheNewMajorVersion() throws Exception {
        Path file = dumpFile(GREETER);

        ApiDumpFile.update(file, Fixtures.api(dir.resolve("after"), SMALLER), "2.0.0-SNAPSHOT");

        assertEquals(2, ApiDumpFile.read(file).majorVersion());
    }

    @Test
    void checkingWithoutADumpAsksToRecordOne() {
        Verdict verdict = ApiDumpFile.check(dir.resolve("missing.api"), Fixtures.api(dir, GREETER), "1.0.0");

        assertEquals(Status.NOT_RECORDED, verdict.status());
        assertTrue(verdict.message().endsWith(ApiCompatibilityCheck.UPDATE_COMMAND), verdict.message());
    }

    @Test
    void theMajorVersionIsTheLeadingNumberOfTheProjectVersion() {
        assertEquals(1, ApiCompatibilityCheck.majorVersion("1.0.0-SNAPSHOT"));
        assertEquals(12, ApiCompatibilityCheck.majorVersion("12.3"));
        assertEquals(2, ApiCompatibilityCheck.majorVersion("2-rc1"));
        assertThrows(IllegalArgumentException.class, () -> ApiCompatibilityCheck.majorVersion("${project.version}"));
    }

    private Verdict verify(String before, String after, String projectVersion) {
        return ApiCompatibilityCheck.verify(Fixtures.recorded(dir.resolve("before"), before),
                Fixtures.api(dir.resolve("after"), after), projectVersion);
    }

    private Path dumpFile(String source) throws Exception {
        Path file = dir.resolve("api").resolve("fixture.api");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Fixtures.recorded(dir.resolve("before"), source).render(), StandardCharsets.UTF_8);
        return file;
    }
}
