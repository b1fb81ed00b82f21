package io.switchboard.host.canned;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.users.User;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The values placeholders take in one conversation, for one agent. */
final class PlaceholderValues {

    private final Jdbi jdbi;

    PlaceholderValues(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Map<String, String> of(long conversationId, User agent) {
        return jdbi.withHandle(h -> {
            Map<String, Object> row = h.createQuery("SELECT c.id, c.contact_id, ct.name FROM conversations c"
                            + " JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = :id")
                    .bind("id", conversationId).mapToMap().findOne()
                    .orElseThrow(() -> Problem.notFound("no conversation with id " + conversationId));
            Map<String, String> values = new HashMap<>();
            values.put("conversation.id", String.valueOf(conversationId));
            putName(values, "contact", (String) row.get("name"));
            putName(values, "agent", agent.name());
            // By position: "value" is a keyword in H2, quoted in V5; SELECT * reads it either way.
            h.createQuery("SELECT * FROM contact_attributes WHERE contact_id = :contact")
                    .bind("contact", ((Number) row.get("contact_id")).longValue())
                    .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString(3)))
                    .forEach(e -> values.put("custom." + e.getKey(), e.getValue()));
            return values;
        });
    }

    private static void putName(Map<String, String> values, String prefix, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        values.put(prefix + ".name", name.strip());
        values.put(prefix + ".first_name", name.strip().split("\\s+")[0]);
    }
}
