package io.switchboard.host.surveys;

import io.switchboard.api.survey.SurveyScore;
import io.switchboard.host.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** Agents read survey answers, requests and scores; filters narrow every list. */
@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class SurveyResource {

    private final SurveyQueries queries;
    private final SurveyAnswers answers;
    private final SurveyAdmin admin;

    SurveyResource(SurveyQueries queries, SurveyAnswers answers, SurveyAdmin admin) {
        this.queries = queries;
        this.answers = answers;
        this.admin = admin;
    }

    /** Installed survey types with their scale and whether they are on. */
    @GET
    public List<SurveyAdmin.SurveyView> list() {
        return admin.views();
    }

    @GET
    @Path("/answers")
    public List<AnswerView> answers(@QueryParam("survey") String survey, @QueryParam("conversation") Long conversation,
                                    @QueryParam("contact") Long contact, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("channel") String channel,
                                    @QueryParam("agent") Long agent, @QueryParam("team") Long team,
                                    @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.answers(filter(survey, conversation, contact, from, to, channel, agent, team, null,
                Math.min(limit, SurveyQueries.MAX_LIMIT)));
    }

    @GET
    @Path("/answers.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("survey") String survey, @QueryParam("conversation") Long conversation,
                        @QueryParam("contact") Long contact, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("channel") String channel,
                        @QueryParam("agent") Long agent, @QueryParam("team") Long team) {
        String body = AnswersCsv.of(queries.answers(filter(survey, conversation, contact, from, to, channel, agent,
                team, null, SurveyQueries.MAX_LIMIT * 100)));
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"survey-answers.csv\"").build();
    }

    @GET
    @Path("/requests")
    public List<SurveyRequest> requests(@QueryParam("survey") String survey,
                                        @QueryParam("conversation") Long conversation,
                                        @QueryParam("contact") Long contact, @QueryParam("status") String status,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("limit") @DefaultValue("100") int limit) {
        return queries.requests(filter(survey, conversation, contact, from, to, null, null, null, blank(status),
                Math.min(limit, SurveyQueries.MAX_LIMIT)));
    }

    /** The plugin's score of the answers in [from, to), cut by channel type, agent and team. */
    @GET
    @Path("/{survey}/score")
    public SurveyScore score(@PathParam("survey") String survey, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("channel") String channel,
                             @QueryParam("agent") Long agent, @QueryParam("team") Long team) {
        Instant start = SurveyQueries.instant("from", from);
        Instant end = SurveyQueries.instant("to", to);
        return answers.score(survey, start == null ? Instant.EPOCH : start,
                        end == null ? Instant.parse("9999-01-01T00:00:00Z") : end,
                        new SurveyAnswers.Cut(blank(channel), agent, team))
                .orElseThrow(() -> Problem.notFound("no running survey plugin provides '" + survey + "'"));
    }

    private static SurveyQueries.Filter filter(String survey, Long conversation, Long contact, String from, String to,
                                               String channel, Long agent, Long team, String status, int limit) {
        return new SurveyQueries.Filter(blank(survey), conversation, contact, SurveyQueries.instant("from", from),
                SurveyQueries.instant("to", to), new SurveyAnswers.Cut(blank(channel), agent, team), status, limit);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
