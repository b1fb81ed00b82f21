package io.switchboard.host.problem;

import java.util.Map;

/**
 * A refusal with an HTTP status and an RFC 9457 problem body, thrown by any feature and
 * rendered as {@code application/problem+json}. {@code detail} says exactly what was wrong
 * and never contains a secret.
 */
public final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient Map<String, Object> extensions;

    public Problem(int status, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "Bad request", detail, Map.of());
    }

    public static Problem notFound(String what) {
        return new Problem(404, "Not found", what, Map.of());
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail, Map.of());
    }

    public static Problem unprocessable(String title, String detail, Map<String, Object> extensions) {
        return new Problem(422, title, detail, extensions);
    }

    public static Problem unavailable(String detail) {
        return new Problem(503, "Service unavailable", detail, Map.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
