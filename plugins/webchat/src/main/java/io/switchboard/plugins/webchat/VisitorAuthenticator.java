package io.switchboard.plugins.webchat;

import io.switchboard.api.channel.WebhookRequest;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds and verifies the visitor token of a request: {@code Authorization: Bearer <token>},
 * or a {@code token} query parameter for {@code EventSource}, which cannot set headers.
 */
final class VisitorAuthenticator {

    private static final String BEARER = "bearer ";

    private final VisitorTokens tokens;

    VisitorAuthenticator(VisitorTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * An endpoint that runs only for a verified visitor and answers 401 otherwise.
     *
     * @param endpoint the visitor endpoint
     * @return the guarded endpoint
     */
    Endpoint required(VisitorEndpoint endpoint) {
        return request -> endpoint.handle(request, authenticate(request));
    }

    /**
     * The visitor the request's token proves.
     *
     * @param request the request
     * @return the visitor
     * @throws RequestProblem 401 when the token is missing or invalid
     */
    Visitor authenticate(WebhookRequest request) {
        String token = presentedToken(request).orElseThrow(() -> RequestProblem.unauthorized(
                "Missing visitor token", "send the visitor token as 'Authorization: Bearer <token>'"
                        + " or as the 'token' query parameter"));
        return tokens.verify(token).orElseThrow(() -> RequestProblem.unauthorized(
                "Invalid visitor token", "the visitor token is malformed or was not issued by this web chat;"
                        + " create a new visitor with POST /visitors"));
    }

    private static Optional<String> presentedToken(WebhookRequest request) {
        Optional<String> header = request.header("Authorization")
                .filter(value -> value.length() > BEARER.length()
                        && value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER))
                .map(value -> value.substring(BEARER.length()).strip());
        if (header.isPresent()) {
            return header;
        }
        return request.queryParam("token").filter(token -> !token.isBlank());
    }
}
