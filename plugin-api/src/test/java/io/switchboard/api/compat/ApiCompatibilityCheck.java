package io.switchboard.api.compat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the current API may be built against the recorded one, given the project's version.
 *
 * <ul>
 *   <li>{@link Status#INCOMPATIBLE}: there are incompatible differences ({@link ApiDiff}) and the project's
 *       major version is not greater than the dump's. The build fails and the dump may not be rewritten.</li>
 *   <li>{@link Status#NOT_RECORDED}: the API differs from the dump only in allowed ways (compatible changes,
 *       or any change after a major version bump), or the major version moved on. The build fails until
 *       {@link #UPDATE_COMMAND} records the current API.</li>
 *   <li>{@link Status#UP_TO_DATE}: the dump describes the current API exactly.</li>
 * </ul>
 */
final class ApiCompatibilityCheck {

    /** Rewrites {@code plugin-api/api/plugin-api.api} from the compiled classes. */
    static final String UPDATE_COMMAND = "./mvnw -pl plugin-api test -Dapi.dump.update=true";

    private static final Pattern MAJOR = Pattern.compile("(\\d+)(?:[.\\-].*)?");

    private ApiCompatibilityCheck() {
    }

    /** The outcome of a check. */
    enum Status { UP_TO_DATE, NOT_RECORDED, INCOMPATIBLE }

    /**
     * The outcome and what to tell the developer.
     *
     * @param status the outcome
     * @param message what changed and what to do; empty when up to date
     */
    record Verdict(Status status, String message) {
    }

    /**
     * Checks the current API against the recorded one.
     *
     * @param recorded the dump
     * @param current the API of the compiled classes
     * @param projectVersion the Maven project version, such as {@code 1.2.0-SNAPSHOT}
     * @return the verdict
     */
    static Verdict verify(ApiDump recorded, List<ApiElement> current, String projectVersion) {
        int major = majorVersion(projectVersion);
        ApiDiff diff = ApiDiff.between(recorded, current);
        if (!diff.incompatible().isEmpty() && major <= recorded.majorVersion()) {
            return new Verdict(Status.INCOMPATIBLE, "The plugin API has " + count(diff.incompatible().size(),
                    "incompatible change") + " against api/plugin-api.api (API " + recorded.majorVersion()
                    + ".x), but the project version " + projectVersion + " is still major version " + major
                    + ":\n" + bullets(diff.incompatible())
                    + "Plugins built against " + recorded.majorVersion() + ".x would break. Keep the old elements"
                    + " (deprecate rather than remove; add default methods rather than abstract ones),"
                    + " or make the change in the next major version, " + (recorded.majorVersion() + 1) + ".0.0.");
        }
        if (!diff.isEmpty() || major != recorded.majorVersion()) {
            StringBuilder message = new StringBuilder();
            if (major != recorded.majorVersion()) {
                message.append("The project moved to major version ").append(major).append(" but api/plugin-api.api")
                        .append(" records the API of ").append(recorded.majorVersion()).append(".x");
                message.append(diff.incompatible().isEmpty() ? ".\n"
                        : "; these incompatible changes are allowed in a new major version:\n"
                        + bullets(diff.incompatible()));
            }
            if (!diff.compatible().isEmpty()) {
                message.append("The plugin API has ").append(count(diff.compatible().size(), "change"))
                        .append(" that api/plugin-api.api does not record:\n").append(bullets(diff.compatible()));
            }
            message.append("Record the current API (and commit the dump with the change) with:\n  ")
                    .append(UPDATE_COMMAND);
            return new Verdict(Status.NOT_RECORDED, message.toString());
        }
        return new Verdict(Status.UP_TO_DATE, "");
    }

    /**
     * The major version of a Maven version: its leading number.
     *
     * @param version such as {@code 1.0.0-SNAPSHOT} or {@code 2.1}
     * @return such as 1 or 2
     */
    static int majorVersion(String version) {
        Matcher matcher = MAJOR.matcher(version == null ? "" : version.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a version with a numeric major part: " + version);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static String bullets(List<String> items) {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("  - ").append(item).append('\n'));
        return text.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
