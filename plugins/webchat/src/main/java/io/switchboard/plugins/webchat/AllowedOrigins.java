package io.switchboard.plugins.webchat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sites whose pages may call the web chat endpoints: either any site ({@code *}) or an
 * explicit list of origins such as {@code https://www.example.com}.
 */
final class AllowedOrigins {

    private final boolean any;
    private final Set<String> origins;

    private AllowedOrigins(boolean any, Set<String> origins) {
        this.any = any;
        this.origins = Set.copyOf(origins);
    }

    /**
     * Parses the comma-separated setting; entries that are not origins are skipped here
     * (the connector's validation reports them to the admin).
     *
     * @param setting the configured value
     * @return the allowed origins
     */
    static AllowedOrigins parse(String setting) {
        Set<String> origins = new LinkedHashSet<>();
        for (String entry : setting.split(",")) {
            String origin = normalise(entry);
            if (origin.equals("*")) {
                return new AllowedOrigins(true, Set.of());
            }
            if (isOrigin(origin)) {
                origins.add(origin);
            }
        }
        return new AllowedOrigins(false, origins);
    }

    /**
     * Explains each entry of the setting that is neither {@code *} nor an http(s) origin.
     *
     * @param setting the configured value
     * @return the problems, empty when the setting is valid
     */
    static List<String> problems(String setting) {
        List<String> problems = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String origin = normalise(entry);
            if (!origin.equals("*") && !isOrigin(origin)) {
                problems.add("'" + entry.strip() + "' is not an origin such as https://www.example.com");
            }
        }
        return problems;
    }

    /** Whether every site is allowed. */
    boolean any() {
        return any;
    }

    /**
     * Whether a page of this origin may call the endpoints.
     *
     * @param origin the request's {@code Origin} header
     * @return whether allowed
     */
    boolean allows(String origin) {
        return any || origins.contains(normalise(origin));
    }

    // Browsers send origins lower-case and without a trailing slash; admins often paste one.
    private static String normalise(String origin) {
        String stripped = origin.strip().toLowerCase(Locale.ROOT);
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    private static boolean isOrigin(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
