package io.switchboard.host.surveys;

import io.switchboard.host.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Admins switch survey types on, choose channels, delay, questions, low-score action and plugin settings. */
@Path("/api/v1/admin/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class SurveyAdminResource {

    private final SurveyAdmin admin;

    SurveyAdminResource(SurveyAdmin admin) {
        this.admin = admin;
    }

    /** The desk default language and every installed survey type with its settings. */
    @GET
    public SurveyAdmin.DeskView get() {
        return admin.desk();
    }

    /** Desk-wide survey settings: {@code {"defaultLanguage":"th"}}. */
    @PATCH
    public SurveyAdmin.DeskView patch(DeskChange change) {
        if (change == null) {
            throw Problem.badRequest("send {\"defaultLanguage\": \"en\"}");
        }
        return admin.setDefaultLanguage(change.defaultLanguage());
    }

    @PUT
    @Path("/{survey}")
    public SurveyAdmin.SurveyView put(@PathParam("survey") String survey, SurveyAdmin.Change change) {
        if (change == null) {
            throw Problem.badRequest("send the settings to change as a JSON object");
        }
        return admin.update(survey, change);
    }

    /** The desk-wide change. */
    public record DeskChange(String defaultLanguage) {
    }
}
