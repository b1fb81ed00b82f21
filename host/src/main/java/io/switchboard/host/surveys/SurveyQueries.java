package io.switchboard.host.surveys;

import io.switchboard.host.problem.Problem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Lists of answers and requests for the API, narrowed by the filters a caller gives. */
final class SurveyQueries {

    static final int MAX_LIMIT = 1000;

    private final Jdbi jdbi;

    SurveyQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Filters of the answer and request lists; null parts do not narrow. */
    record Filter(String survey, Long conversation, Long contact, Instant from, Instant to, SurveyAnswers.Cut cut,
                  String status, int limit) {

        Filter {
            if (limit < 1 || limit > MAX_LIMIT * 100) {
                throw Problem.badRequest("limit must be between 1 and " + MAX_LIMIT * 100);
            }
        }
    }

    List<AnswerView> answers(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM survey_answers WHERE 1 = 1");
        Map<String, Object> binds = new HashMap<>();
        common(sql, binds, f, "answered_at");
        SurveyAnswers.narrow(sql, binds, f.cut());
        return jdbi.withHandle(h -> bound(h.createQuery(sql + " ORDER BY answered_at DESC, request_id DESC"
                + " LIMIT " + f.limit()), binds).map(AnswerView.MAPPER).list());
    }

    List<SurveyRequest> requests(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM survey_requests WHERE 1 = 1");
        Map<String, Object> binds = new HashMap<>();
        common(sql, binds, f, "created_at");
        SurveyAnswers.narrow(sql, binds, f.cut());
        if (f.status() != null) {
            sql.append(" AND status = :status");
            binds.put("status", f.status());
        }
        return jdbi.withHandle(h -> bound(h.createQuery(sql + " ORDER BY id DESC LIMIT " + f.limit()), binds)
                .map(SurveyRequest.MAPPER).list());
    }

    private static void common(StringBuilder sql, Map<String, Object> binds, Filter f, String timeColumn) {
        if (f.survey() != null) {
            sql.append(" AND survey_id = :survey");
            binds.put("survey", f.survey());
        }
        if (f.conversation() != null) {
            sql.append(" AND conversation_id = :conversation");
            binds.put("conversation", f.conversation());
        }
        if (f.contact() != null) {
            sql.append(" AND contact_id = :contact");
            binds.put("contact", f.contact());
        }
        if (f.from() != null) {
            sql.append(" AND ").append(timeColumn).append(" >= :from");
            binds.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" AND ").append(timeColumn).append(" < :to");
            binds.put("to", f.to());
        }
    }

    private static Query bound(Query query, Map<String, Object> binds) {
        binds.forEach(query::bind);
        return query;
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(name + " must be an ISO-8601 instant such as 2025-01-31T00:00:00Z, not '"
                    + value + "'");
        }
    }
}
