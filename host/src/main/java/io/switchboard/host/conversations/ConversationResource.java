package io.switchboard.host.conversations;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.web.CurrentUser;
import io.switchboard.host.web.FileResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** The agent's conversation API: inbox, timeline, replies, notes, status and assignment. */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class ConversationResource {

    private final ConversationQueries queries;
    private final ReplyService replies;
    private final ConversationActions actions;
    private final ReadPositions reads;

    public ConversationResource(ConversationQueries queries, ReplyService replies, ConversationActions actions,
                                ReadPositions reads) {
        this.queries = queries;
        this.replies = replies;
        this.actions = actions;
        this.reads = reads;
    }

    /**
     * An agent's reply: {@code text}, or a {@code template} on channels that have templates;
     * {@code clientId} (or an Idempotency-Key header) makes retries safe.
     */
    public record ReplyRequest(String text, String clientId, ReplyTemplate template) {
    }

    /** A private note, never sent to the customer. */
    public record NoteRequest(String text) {
    }

    /** The new status: open, pending or resolved. */
    public record StatusRequest(String status) {
    }

    /** The new assignee's user id, or null to unassign. */
    public record AssignRequest(Long assigneeId) {
    }

    /** Read up to this message id, or up to the latest message when null. */
    public record ReadRequest(Long messageId) {
    }

    @GET
    public Page<ConversationSummary> list(@QueryParam("status") String status, @QueryParam("channel") String channel,
                                          @QueryParam("assignee") String assignee,
                                          @QueryParam("contact") Long contact, @QueryParam("q") String q,
                                          @QueryParam("limit") @DefaultValue("25") int limit,
                                          @QueryParam("cursor") String cursor, @QueryParam("tag") String tag,
                                          @QueryParam("priority") String priority,
                                          @QueryParam("severity") String severity,
                                          @QueryParam("snoozed") String snoozed, @QueryParam("sort") String sort,
                                          @Context SecurityContext security) {
        var filter = new ConversationFilter(ConversationFilter.parseStatuses(status), blankToNull(channel),
                blankToNull(assignee), contact, blankToNull(q), limit, blankToNull(cursor),
                InboxView.parse(tag, priority, severity, snoozed, sort));
        return queries.list(filter, CurrentUser.of(security));
    }

    @GET
    @Path("/{id}")
    public ConversationDetail get(@PathParam("id") long id, @Context SecurityContext security) {
        return queries.get(id, CurrentUser.of(security));
    }

    @POST
    @Path("/{id}/read")
    public ReadPositions.ReadPosition read(@PathParam("id") long id, ReadRequest request,
                                           @Context SecurityContext security) {
        return reads.markRead(id, CurrentUser.of(security), request.messageId());
    }

    @POST
    @Path("/{id}/replies")
    public Response reply(@PathParam("id") long id, ReplyRequest request,
                          @HeaderParam("Idempotency-Key") String idempotencyKey, @Context SecurityContext security) {
        String clientId = request.clientId() != null ? request.clientId() : idempotencyKey;
        if (clientId != null && !clientId.matches("[A-Za-z0-9_.:-]{1,100}")) {
            throw Problem.badRequest("clientId must be 1 to 100 characters of letters, digits and _ . : -");
        }
        return Response.status(202).entity(replies.reply(id, CurrentUser.of(security), request.text(),
                request.template(), clientId)).build();
    }

    @POST
    @Path("/{id}/notes")
    public Response note(@PathParam("id") long id, NoteRequest request, @Context SecurityContext security) {
        return Response.status(201).entity(replies.note(id, CurrentUser.of(security), request.text())).build();
    }

    @POST
    @Path("/{id}/status")
    public ConversationDetail status(@PathParam("id") long id, StatusRequest request,
                                     @Context SecurityContext security) {
        ConversationStatus status;
        try {
            status = ConversationStatus.of(request.status() == null ? "" : request.status());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("status must be open, pending or resolved");
        }
        actions.setStatus(id, CurrentUser.of(security), status);
        return queries.get(id, CurrentUser.of(security));
    }

    @POST
    @Path("/{id}/assign")
    public ConversationDetail assign(@PathParam("id") long id, AssignRequest request,
                                     @Context SecurityContext security) {
        actions.assign(id, CurrentUser.of(security), request.assigneeId());
        return queries.get(id, CurrentUser.of(security));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
