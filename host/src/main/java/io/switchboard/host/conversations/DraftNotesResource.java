package io.switchboard.host.conversations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The reply box asks the conversation's channel about a draft, such as how many SMS segments it costs. */
@Path("/api/v1/conversations/{id}/draft-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class DraftNotesResource {

    private final DraftNotesService service;

    public DraftNotesResource(DraftNotesService service) {
        this.service = service;
    }

    /** The draft's text. */
    public record DraftRequest(String text) {
    }

    /** Short sentences to show beside the reply box; empty when the channel has none. */
    public record DraftNotes(List<String> notes) {
    }

    @POST
    public DraftNotes notes(@PathParam("id") long id, DraftRequest request) {
        return new DraftNotes(service.notes(id, request.text()));
    }
}
