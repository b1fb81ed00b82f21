package io.switchboard.host.followups;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Snoozing a conversation until a time, with a reason that comes back as the reminder. */
@Path("/api/v1/conversations/{id}/snooze")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class FollowUpResource {

    private final FollowUps followUps;

    public FollowUpResource(FollowUps followUps) {
        this.followUps = followUps;
    }

    /** {@code until}: an ISO-8601 time with offset, e.g. 2026-11-23T09:00:00+01:00; {@code reason}: optional. */
    public record SnoozeRequest(String until, String reason) {
    }

    @GET
    public FollowUp get(@PathParam("id") long id) {
        return followUps.of(id).orElseThrow(() -> Problem.notFound("conversation " + id + " has no follow-up"));
    }

    @POST
    public FollowUp snooze(@PathParam("id") long id, SnoozeRequest request, @Context SecurityContext security) {
        if (request == null || request.until() == null || request.until().isBlank()) {
            throw Problem.badRequest("until is required: the time to bring the conversation back");
        }
        return followUps.snooze(id, CurrentUser.of(security), parse(request.until()), request.reason());
    }

    /** Wakes a snoozed conversation now, or dismisses the reminder of a woken one. */
    @DELETE
    public Response dismiss(@PathParam("id") long id) {
        followUps.dismiss(id);
        return Response.noContent().build();
    }

    private static Instant parse(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw Problem.badRequest("until must be an ISO-8601 time with an offset, such as"
                    + " 2026-11-23T09:00:00Z; was '" + value + "'");
        }
    }
}
