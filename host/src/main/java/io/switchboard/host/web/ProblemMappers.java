package io.switchboard.host.web;

import io.switchboard.host.plugins.UnknownPluginException;
import io.switchboard.host.problem.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into problem+json; unexpected ones are logged with an id, never leaked. */
final class ProblemMappers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static final class ForProblem implements ExceptionMapper<Problem> {
        @Override
        public Response toResponse(Problem problem) {
            return ProblemBody.of(problem);
        }
    }

    static final class ForUnknownPlugin implements ExceptionMapper<UnknownPluginException> {
        @Override
        public Response toResponse(UnknownPluginException e) {
            return ProblemBody.of(404, "Not found", e.getMessage(), Map.of());
        }
    }

    static final class ForWebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 404 -> "no such resource";
                case 405 -> "this method is not allowed here";
                case 406 -> "this resource cannot produce the requested media type";
                case 415 -> "send the body as application/json";
                default -> e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
            };
            return ProblemBody.of(status.getStatusCode(), status.getReasonPhrase(), detail, Map.of());
        }
    }

    static final class ForAnything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String id = UUID.randomUUID().toString();
            LOG.error("Unexpected failure {}", id, e);
            return ProblemBody.of(500, "Internal server error", "something went wrong on our side; reference " + id,
                    Map.of("reference", id));
        }
    }
}
