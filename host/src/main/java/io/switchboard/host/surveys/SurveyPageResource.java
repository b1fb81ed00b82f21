package io.switchboard.host.surveys;

import io.switchboard.api.survey.SurveyType;
import io.switchboard.host.plugins.PluginHost;
import io.switchboard.host.store.Transactions;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The hosted one-question page behind a survey link, {@code /s/<token>}: no login, the signed
 * token is the only key. The customer picks a value and may add a comment; answering again
 * updates the answer. It answers for {@link InboundSurveyAnswers#ANSWER_WINDOW} after sending.
 */
@Path("/s/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
public final class SurveyPageResource {

    private final Jdbi jdbi;
    private final Clock clock;
    private final PluginHost plugins;
    private final SurveySettingsStore settings;
    private final SurveyLinks links;
    private final AnswerRecorder recorder;

    SurveyPageResource(Jdbi jdbi, Clock clock, PluginHost plugins, SurveySettingsStore settings, SurveyLinks links,
                       AnswerRecorder recorder) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.plugins = plugins;
        this.settings = settings;
        this.links = links;
        this.recorder = recorder;
    }

    @GET
    public Response show(@PathParam("token") String token) {
        Optional<SurveyRequest> request = request(token);
        if (request.isEmpty()) {
            return page(404, SurveyPage.message("en", "This survey link is not valid."));
        }
        return open(request.get()).orElseGet(() -> {
            SurveyRequest r = request.get();
            Integer current = jdbi.withHandle(h -> h.createQuery("SELECT answer_value FROM survey_answers"
                    + " WHERE request_id = :id").bind("id", r.id()).mapTo(Integer.class).findOne().orElse(null));
            return page(200, SurveyPage.form(r.language(), question(r), current, null));
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, @FormParam("value") String value,
                           @FormParam("comment") String comment) {
        Optional<SurveyRequest> request = request(token);
        if (request.isEmpty()) {
            return page(404, SurveyPage.message("en", "This survey link is not valid."));
        }
        SurveyRequest r = request.get();
        Optional<Response> closed = open(r);
        if (closed.isPresent()) {
            return closed.get();
        }
        SurveyType type = plugins.surveyTypes().get(r.surveyId());
        Question question = question(r);
        int chosen;
        try {
            chosen = Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            chosen = Integer.MIN_VALUE;
        }
        if (!question.scale().contains(chosen)) {
            return page(400, SurveyPage.form(r.language(), question, null, "Please pick one of the values."));
        }
        int answer = chosen;
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            Transactions.lockRow(h, "survey_requests", r.id());
            recorder.record(h, r, type, new AnswerRecorder.Given(answer, comment, "page", null, now));
        });
        return page(200, SurveyPage.message(r.language(), SurveyTexts.thanks(r.language())));
    }

    private Optional<SurveyRequest> request(String token) {
        var id = links.verify(token);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM survey_requests WHERE id = :id AND status = 'sent'")
                .bind("id", id.getAsLong()).map(SurveyRequest.MAPPER).findOne());
    }

    /** A closed page when the survey can no longer be answered, else empty. */
    private Optional<Response> open(SurveyRequest r) {
        boolean expired = r.sentAt().plus(InboundSurveyAnswers.ANSWER_WINDOW).isBefore(clock.instant());
        if (expired || !plugins.surveyTypes().containsKey(r.surveyId())) {
            return Optional.of(page(410, SurveyPage.message(r.language(), "This survey is closed.")));
        }
        return Optional.empty();
    }

    private Question question(SurveyRequest r) {
        SurveyType type = plugins.surveyTypes().get(r.surveyId());
        return Question.of(type, settings.find(r.surveyId()), r.settings(), r.language());
    }

    private static Response page(int status, String html) {
        return Response.status(status).entity(html).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Content-Security-Policy", SurveyPage.POLICY).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer").build();
    }
}
