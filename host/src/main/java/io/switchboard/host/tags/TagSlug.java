package io.switchboard.host.tags;

import io.switchboard.host.problem.Problem;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tags are lower-case slugs: letters, digits and inner hyphens, at most 64 characters. */
public final class TagSlug {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

    private TagSlug() {
    }

    /** The tag as stored: trimmed and lower-cased; refused when it is not a slug after that. */
    public static String normalized(String raw) {
        String tag = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(tag).matches()) {
            throw Problem.badRequest("a tag is a slug of lower-case letters, digits and inner hyphens (e.g."
                    + " 'late-delivery'), 1 to 64 characters; was '" + (raw == null ? "" : raw) + "'");
        }
        return tag;
    }
}
