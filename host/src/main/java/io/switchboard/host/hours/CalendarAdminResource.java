package io.switchboard.host.hours;

import io.switchboard.host.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Admins keep business calendars, pick the default, and give channels their own. */
@Path("/api/v1/admin/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class CalendarAdminResource {

    private final CalendarStore calendars;

    public CalendarAdminResource(CalendarStore calendars) {
        this.calendars = calendars;
    }

    /** Channels of an instance key ({@code scope} "instance") or a type ("type") use a calendar; null removes it. */
    public record AssignmentRequest(String scope, String key, Long calendarId) {
    }

    @GET
    public List<StoredCalendar> list() {
        return calendars.list();
    }

    @POST
    public Response create(CalendarSpec spec) {
        return Response.status(201).entity(calendars.create(spec)).build();
    }

    @PUT
    @Path("/{id}")
    public StoredCalendar update(@PathParam("id") long id, CalendarSpec spec) {
        return calendars.update(id, spec);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        calendars.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/default")
    public StoredCalendar makeDefault(@PathParam("id") long id) {
        calendars.makeDefault(id);
        return calendars.find(id).orElseThrow();
    }

    @GET
    @Path("/assignments")
    public List<CalendarStore.Assignment> assignments() {
        return calendars.assignments();
    }

    @PUT
    @Path("/assignments")
    public List<CalendarStore.Assignment> assign(AssignmentRequest request) {
        CalendarStore.Scope scope;
        try {
            scope = CalendarStore.Scope.valueOf(String.valueOf(request.scope()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("scope must be instance (a channel's key) or type (a channel type such as sms)");
        }
        if (request.key() == null || request.key().isBlank() || request.key().length() > 64) {
            throw Problem.badRequest("key names the channel instance key or channel type (1 to 64 characters)");
        }
        calendars.assign(scope, request.key().strip(), request.calendarId());
        return calendars.assignments();
    }
}
