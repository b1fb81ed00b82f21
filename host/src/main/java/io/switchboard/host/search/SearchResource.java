package io.switchboard.host.search;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Dialect;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jdbi.v3.core.Jdbi;

/** Full-text search over messages and contacts, for the inbox search box. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class SearchResource {

    private final MessageSearch messages;
    private final ContactSearch contacts;

    public SearchResource(Jdbi jdbi, Dialect dialect) {
        this.messages = new MessageSearch(jdbi, dialect);
        this.contacts = new ContactSearch(jdbi);
    }

    @GET
    public SearchResults search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > 100) {
            throw Problem.badRequest("limit must be between 1 and 100, was " + limit);
        }
        SearchTerms terms = SearchTerms.parse(q);
        return new SearchResults(terms.text(), messages.find(terms, limit), contacts.find(terms, Math.min(limit, 10)));
    }
}
