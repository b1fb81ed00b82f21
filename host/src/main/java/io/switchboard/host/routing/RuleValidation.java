package io.switchboard.host.routing;

import io.switchboard.host.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/** Checks a rule before it is stored; every fault found is listed, each naming its field. */
final class RuleValidation {

    static final Set<String> PRIORITIES = Set.of("low", "normal", "high", "urgent");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private RuleValidation() {
    }

    static void check(Handle h, String name, RuleConditions when, RuleActions then) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            errors.add(error("name", "is required (1 to 200 characters)"));
        }
        when.keywords().stream().filter(k -> k == null || k.isBlank()).findAny()
                .ifPresent(k -> errors.add(error("conditions.keywords", "must not contain blank keywords")));
        when.contactAttributes().forEach((key, value) -> {
            if (key == null || !SLUG.matcher(key).matches() || value == null) {
                errors.add(error("conditions.contactAttributes", "'" + key + "' must be a lower-case attribute name"
                        + " with a value, such as {\"vip\": \"true\"}"));
            }
        });
        if (when.businessHours() != null && !Set.of("inside", "outside").contains(when.businessHours())) {
            errors.add(error("conditions.businessHours", "must be inside or outside, not '" + when.businessHours()
                    + "'"));
        }
        checkActions(h, then, errors);
        if (!errors.isEmpty()) {
            throw new Problem(400, "Invalid routing rule", errors.size() == 1 ? errors.get(0).get("field") + " "
                    + errors.get(0).get("message") : errors.size() + " fields are invalid; see errors",
                    Map.of("errors", errors));
        }
    }

    private static void checkActions(Handle h, RuleActions then, List<Map<String, String>> errors) {
        if (then.teamId() != null && then.agentId() != null) {
            errors.add(error("actions", "assign to a team or to an agent, not both"));
        }
        if (then.teamId() != null && count(h, "SELECT COUNT(*) FROM teams WHERE id = :id", then.teamId()) == 0) {
            errors.add(error("actions.teamId", "no team with id " + then.teamId()));
        }
        if (then.agentId() != null && count(h, "SELECT COUNT(*) FROM users WHERE id = :id AND active = TRUE",
                then.agentId()) == 0) {
            errors.add(error("actions.agentId", "no active user with id " + then.agentId()));
        }
        if (then.maxOpenPerAgent() != null && (then.maxOpenPerAgent() < 1 || then.teamId() == null)) {
            errors.add(error("actions.maxOpenPerAgent", "is a positive number, used with teamId"));
        }
        if (then.priority() != null && !PRIORITIES.contains(then.priority())) {
            errors.add(error("actions.priority", "must be low, normal, high or urgent, not '" + then.priority() + "'"));
        }
        then.tags().stream().filter(tag -> tag == null || !SLUG.matcher(tag).matches()).findFirst()
                .ifPresent(tag -> errors.add(error("actions.tags", "'" + tag + "' is not a tag: lower-case letters,"
                        + " digits, - and _, at most 64")));
        if (then.teamId() == null && then.agentId() == null && then.priority() == null && then.tags().isEmpty()) {
            errors.add(error("actions", "a rule must do something: assign a team or agent, set a priority or add"
                    + " tags"));
        }
    }

    private static long count(Handle h, String sql, long id) {
        return h.createQuery(sql).bind("id", id).mapTo(Long.class).one();
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
