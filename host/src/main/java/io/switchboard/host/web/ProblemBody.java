package io.switchboard.host.web;

import io.switchboard.host.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@code application/problem+json} responses. */
public final class ProblemBody {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemBody() {
    }

    public static Response of(Problem problem) {
        return of(problem.status(), problem.title(), problem.detail(), problem.extensions());
    }

    public static Response of(int status, String title, String detail, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.putAll(extensions);
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(body);
        if (status == 503) {
            response.header("Retry-After", "30"); // unavailable for now: providers and clients retry
        }
        return response.build();
    }
}
