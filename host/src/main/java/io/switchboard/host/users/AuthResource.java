package io.switchboard.host.users;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.web.CurrentUser;
import io.switchboard.host.web.SessionCookie;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Map;

/** Sign in and out, who am I, and API tokens for scripts. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AuthResource {

    private final UserStore users;
    private final TokenStore tokens;
    private final java.time.Clock clock;

    public AuthResource(UserStore users, TokenStore tokens, java.time.Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Credentials of a sign-in. */
    public record LoginRequest(String email, String password) {
    }

    /** A session token, usable as a bearer token and set as an HttpOnly cookie. */
    public record LoginResponse(String token, Instant expiresAt, User user) {
    }

    /** A request for a named API token. */
    public record TokenRequest(String name) {
    }

    /** A new API token; shown once, only its hash is stored. */
    public record TokenResponse(String token, String name) {
    }

    @POST
    @Path("/login")
    @PermitAll
    public Response login(LoginRequest request, @Context SecurityContext security) {
        if (request.email() == null || request.password() == null) {
            throw Problem.badRequest("email and password are required");
        }
        User user = users.authenticate(request.email(), request.password())
                .orElseThrow(() -> new Problem(401, "Unauthorized", "wrong email or password", Map.of()));
        String token = tokens.issueSession(user.id());
        NewCookie cookie = new NewCookie.Builder(SessionCookie.NAME).value(token).path("/").httpOnly(true)
                .secure(security.isSecure()).sameSite(NewCookie.SameSite.STRICT)
                .maxAge((int) TokenStore.SESSION_LIFETIME.toSeconds()).build();
        return Response.ok(new LoginResponse(token, clock.instant().plus(TokenStore.SESSION_LIFETIME), user))
                .cookie(cookie).build();
    }

    /** Open to everyone, so a browser with an expired session can still clear its cookie. */
    @POST
    @Path("/logout")
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    public Response logout(@Context HttpHeaders headers) {
        String auth = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(auth.substring(7).strip());
        }
        var cookie = headers.getCookies().get(SessionCookie.NAME);
        if (cookie != null) {
            tokens.revoke(cookie.getValue());
        }
        NewCookie expired = new NewCookie.Builder(SessionCookie.NAME).value("").path("/").httpOnly(true).maxAge(0)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.noContent().cookie(expired).build();
    }

    @GET
    @Path("/me")
    public User me(@Context SecurityContext security) {
        return CurrentUser.of(security);
    }

    @POST
    @Path("/tokens")
    public Response createToken(TokenRequest request, @Context SecurityContext security) {
        if (request.name() == null || request.name().isBlank()) {
            throw Problem.badRequest("name is required, so you can tell your tokens apart");
        }
        String token = tokens.issueApiToken(CurrentUser.of(security).id(), request.name().strip());
        return Response.status(201).entity(new TokenResponse(token, request.name().strip())).build();
    }
}
