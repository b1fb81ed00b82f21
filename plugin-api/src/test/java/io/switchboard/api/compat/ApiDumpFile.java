package io.switchboard.api.compat;

import io.switchboard.api.compat.ApiCompatibilityCheck.Status;
import io.switchboard.api.compat.ApiCompatibilityCheck.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks the current API against the dump file, or records it there. */
final class ApiDumpFile {

    private ApiDumpFile() {
    }

    /**
     * Checks the current API against the dump file.
     *
     * @param file the dump file
     * @param current the current API
     * @param projectVersion the Maven project version
     * @return the verdict; {@link Status#NOT_RECORDED} when there is no dump yet
     */
    static Verdict check(Path file, List<ApiElement> current, String projectVersion) {
        if (!Files.exists(file)) {
            return new Verdict(Status.NOT_RECORDED, "There is no API dump at " + file
                    + ". Record the current API (and commit it) with:\n  " + ApiCompatibilityCheck.UPDATE_COMMAND);
        }
        return ApiCompatibilityCheck.verify(read(file), current, projectVersion);
    }

    /**
     * Records the current API in the dump file as the API of the project's major version, unless that
     * would accept incompatible changes within a major version: then the file is left as it is.
     *
     * @param file the dump file, created when missing
     * @param current the current API
     * @param projectVersion the Maven project version
     * @return {@link Status#UP_TO_DATE} once recorded, or the {@link Status#INCOMPATIBLE} verdict that
     *     prevented it
     */
    static Verdict update(Path file, List<ApiElement> current, String projectVersion) {
        Verdict verdict = check(file, current, projectVersion);
        if (verdict.status() == Status.INCOMPATIBLE) {
            return new Verdict(Status.INCOMPATIBLE, verdict.message() + "\nThe API dump was not rewritten.");
        }
        String text = ApiDump.of(ApiCompatibilityCheck.majorVersion(projectVersion), current).render();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Verdict(Status.UP_TO_DATE, "Recorded " + current.size() + " API elements in " + file);
    }

    static ApiDump read(Path file) {
        try {
            return ApiDump.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
