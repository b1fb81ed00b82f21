package io.switchboard.host.contacts;

import io.switchboard.host.conversations.ConversationFilter;
import io.switchboard.host.conversations.ConversationQueries;
import io.switchboard.host.conversations.ConversationSummary;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** A contact with every identity and every conversation across channels; editing and merging contacts. */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class ContactResource {

    private final ContactStore contacts;
    private final ContactEdits edits;
    private final ConversationQueries conversations;

    public ContactResource(ContactStore contacts, ContactEdits edits, ConversationQueries conversations) {
        this.contacts = contacts;
        this.edits = edits;
        this.conversations = conversations;
    }

    /** A contact and its conversations on every channel, newest first. */
    public record ContactView(Contact contact, List<ConversationSummary> conversations) {
    }

    /** The contact to merge into the one in the path; it disappears afterwards. */
    public record MergeRequest(Long contactId) {
    }

    @GET
    @Path("/{id}")
    public ContactView get(@PathParam("id") long id, @Context SecurityContext security) {
        Contact contact = contacts.find(id).orElseThrow(() -> notFoundOrMoved(id));
        var filter = ConversationFilter.ofContact(id, 100);
        return new ContactView(contact, conversations.list(filter, CurrentUser.of(security)).items());
    }

    /**
     * Edits: a new name, and an email or phone number to add as identities. {@code merge}
     * allows merging the contact that owns such an address into this one.
     */
    public record UpdateContact(String name, String email, String phone, Boolean merge) {
    }

    @PATCH
    @Path("/{id}")
    public ContactView update(@PathParam("id") long id, UpdateContact request, @Context SecurityContext security) {
        ContactEdits.Edit edit = ContactEdits.parse(request.name(), request.email(), request.phone(),
                request.merge());
        contacts.find(id).orElseThrow(() -> notFoundOrMoved(id));
        edits.apply(id, edit);
        return get(id, security);
    }

    @POST
    @Path("/{id}/merge")
    public ContactView merge(@PathParam("id") long id, MergeRequest request, @Context SecurityContext security) {
        if (request.contactId() == null) {
            throw Problem.badRequest("contactId (the contact to merge into this one) is required");
        }
        if (request.contactId() == id) {
            throw Problem.badRequest("a contact cannot be merged into itself");
        }
        contacts.find(id).orElseThrow(() -> notFoundOrMoved(id));
        contacts.find(request.contactId()).orElseThrow(() -> notFoundOrMoved(request.contactId()));
        contacts.merge(id, request.contactId());
        return get(id, security);
    }

    private Problem notFoundOrMoved(long id) {
        return contacts.mergedInto(id)
                .map(target -> new Problem(404, "Contact merged", "contact " + id + " was merged into contact "
                        + target, java.util.Map.of("mergedInto", target)))
                .orElseGet(() -> Problem.notFound("no contact with id " + id));
    }
}
