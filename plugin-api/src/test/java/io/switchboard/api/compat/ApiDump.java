package io.switchboard.api.compat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recorded API: the text of {@code api/plugin-api.api}. Comment lines start with {@code #}; one of
 * them records the major version the API belongs to ({@code # api-major-version: 1}); every other
 * non-blank line is one {@link ApiElement}.
 *
 * @param majorVersion the major version the recorded API belongs to
 * @param linesByKey the element lines by their key, in file order
 */
record ApiDump(int majorVersion, Map<String, String> linesByKey) {

    private static final Pattern MAJOR_VERSION = Pattern.compile("#\\s*api-major-version:\\s*(\\d+)\\s*");

    ApiDump {
        linesByKey = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(linesByKey));
    }

    /** Reads a dump's text. */
    static ApiDump parse(String text) {
        Integer major = null;
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("#")) {
                Matcher header = MAJOR_VERSION.matcher(line);
                if (header.matches()) {
                    major = Integer.parseInt(header.group(1));
                }
            } else if (!line.isBlank()) {
                String previous = lines.put(ApiElement.keyOf(line.strip()), line.strip());
                if (previous != null) {
                    throw new IllegalArgumentException("API dump lists an element twice: " + previous);
                }
            }
        }
        if (major == null) {
            throw new IllegalArgumentException("API dump has no '# api-major-version: N' header line");
        }
        return new ApiDump(major, lines);
    }

    /** Records an API as the dump of a major version. */
    static ApiDump of(int majorVersion, List<ApiElement> elements) {
        Map<String, String> lines = new LinkedHashMap<>();
        elements.forEach(e -> lines.put(e.key(), e.line()));
        return new ApiDump(majorVersion, lines);
    }

    /** The text of the dump file. */
    String render() {
        StringBuilder text = new StringBuilder()
                .append("# The public API of switchboard-plugin-api: every public and protected element of\n")
                .append("# io.switchboard.api.**, read by reflection from the compiled classes. Do not edit by hand.\n")
                .append("# PluginApiCompatibilityTest fails the build when an element below is removed or changed\n")
                .append("# without a new major version, and when the API has elements not recorded here.\n")
                .append("# Record the current API with: ").append(ApiCompatibilityCheck.UPDATE_COMMAND).append('\n')
                .append("# api-major-version: ").append(majorVersion).append('\n');
        String owner = null;
        for (Map.Entry<String, String> line : linesByKey.entrySet()) {
            String lineOwner = ApiElement.ownerOf(line.getKey());
            if (owner != null && !lineOwner.equals(owner)) {
                text.append('\n');
            }
            owner = lineOwner;
            text.append(line.getValue()).append('\n');
        }
        return text.toString();
    }
}
