package io.switchboard.host.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Contacts whose name or any address contains the query (contacts are few next to messages). */
final class ContactSearch {

    private final Jdbi jdbi;

    ContactSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<SearchResults.ContactHit> find(SearchTerms terms, int limit) {
        String like = "%" + MessageSearch.likeEscaped(terms.text().toLowerCase(Locale.ROOT)) + "%";
        return jdbi.withHandle(h -> {
            List<Map.Entry<Long, String>> contacts = h.createQuery("SELECT ct.id, ct.name FROM contacts ct"
                            + " WHERE ct.merged_into IS NULL AND (LOWER(ct.name) LIKE :q ESCAPE '!'"
                            + " OR EXISTS (SELECT 1 FROM contact_identities i WHERE i.contact_id = ct.id"
                            + " AND LOWER(i.address) LIKE :q ESCAPE '!')) ORDER BY ct.id DESC LIMIT :limit")
                    .bind("q", like).bind("limit", limit)
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"), String.valueOf(rs.getString("name"))))
                    .list();
            if (contacts.isEmpty()) {
                return List.of();
            }
            Map<Long, List<String>> addresses = new HashMap<>();
            h.createQuery("SELECT contact_id, address FROM contact_identities WHERE contact_id IN (<ids>)"
                            + " ORDER BY id")
                    .bindList("ids", contacts.stream().map(Map.Entry::getKey).toList())
                    .map((rs, ctx) -> Map.entry(rs.getLong("contact_id"), rs.getString("address")))
                    .forEach(e -> addresses.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return contacts.stream().map(c -> new SearchResults.ContactHit(c.getKey(),
                    "null".equals(c.getValue()) ? null : c.getValue(),
                    addresses.getOrDefault(c.getKey(), List.of()))).toList();
        });
    }
}
