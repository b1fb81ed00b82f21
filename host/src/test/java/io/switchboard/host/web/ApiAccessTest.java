package io.switchboard.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who may call what, and how refusals look. */
class ApiAccessTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static String agentToken;

    @BeforeAll
    static void start() {
        ApiResponse created = desk.post("/api/v1/admin/users", Map.of("email", "agent@test.local", "name", "Agent A",
                "role", "agent", "password", "agent password 1"));
        assertEquals(201, created.status(), created.body());
        agentToken = desk.login("agent@test.local", "agent password 1");
    }

    @Test
    void healthIsPublicAndReportsTheDatabase() {
        ApiResponse health = desk.send("GET", "/api/v1/health", null, null);
        assertEquals(200, health.status());
        assertEquals("up", health.json().get("database").getAsString());
    }

    @Test
    void anUnauthenticatedCallGets401AsProblemJson() {
        ApiResponse response = desk.send("GET", "/api/v1/conversations", null, null);
        assertEquals(401, response.status());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(401, response.json().get("status").getAsInt());
    }

    @Test
    void anUnknownTokenGets401() {
        assertEquals(401, desk.send("GET", "/api/v1/conversations", "sb_not-a-token", null).status());
    }

    @Test
    void anAgentCannotCallAdminEndpoints() {
        ApiResponse response = desk.send("GET", "/api/v1/admin/plugins", agentToken, null);
        assertEquals(403, response.status());
        assertTrue(response.json().get("detail").getAsString().contains("admin"));
    }

    @Test
    void anAgentCanWorkConversations() {
        assertEquals(200, desk.send("GET", "/api/v1/conversations", agentToken, null).status());
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        ApiResponse response = desk.send("POST", "/api/v1/auth/login", null, Map.of("email", TestDesk.ADMIN_EMAIL,
                "password", "wrong"));
        assertEquals(401, response.status());
        assertEquals("wrong email or password", response.json().get("detail").getAsString());
    }

    @Test
    void loginSetsAnHttpOnlyStrictSessionCookie() {
        ApiResponse response = desk.send("POST", "/api/v1/auth/login", null, Map.of("email", TestDesk.ADMIN_EMAIL,
                "password", TestDesk.ADMIN_PASSWORD));
        String cookie = response.headers().firstValue("set-cookie").orElseThrow();
        assertTrue(cookie.startsWith("sb_session="), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void theSessionCookieAuthenticatesLikeABearerToken() {
        String token = desk.login(TestDesk.ADMIN_EMAIL, TestDesk.ADMIN_PASSWORD);
        var request = java.net.http.HttpRequest.newBuilder(desk.url("/api/v1/auth/me"))
                .header("Cookie", "sb_session=" + token).GET().build();
        ApiResponse me = desk.send(request);
        assertEquals(200, me.status(), me.body());
        assertEquals(TestDesk.ADMIN_EMAIL, me.json().get("email").getAsString());
    }

    @Test
    void anApiTokenWorksForScriptsAndIsShownOnce() {
        ApiResponse created = desk.post("/api/v1/auth/tokens", Map.of("name", "nightly export"));
        assertEquals(201, created.status());
        String token = created.json().get("token").getAsString();
        assertEquals(200, desk.send("GET", "/api/v1/auth/me", token, null).status());
    }

    @Test
    void logoutRevokesTheToken() {
        String token = desk.login(TestDesk.ADMIN_EMAIL, TestDesk.ADMIN_PASSWORD);
        assertEquals(204, desk.send("POST", "/api/v1/auth/logout", token, null).status());
        assertEquals(401, desk.send("GET", "/api/v1/auth/me", token, null).status());
    }

    @Test
    void malformedJsonGets400WithWhatWasWrong() {
        ApiResponse response = desk.send("POST", "/api/v1/admin/users", desk.adminToken(), "{\"email\": ");
        assertEquals(400, response.status());
        assertTrue(response.json().get("detail").getAsString().startsWith("malformed JSON"), response.body());
    }

    @Test
    void anUnknownPathGets404AsProblemJson() {
        ApiResponse response = desk.get("/api/v1/nothing-here");
        assertEquals(404, response.status());
        assertTrue(response.contentType().startsWith("application/problem+json"));
    }

    @Test
    void passwordHashesNeverAppearInResponses() {
        ApiResponse users = desk.get("/api/v1/admin/users");
        assertEquals(200, users.status());
        assertTrue(!users.body().contains("pbkdf2") && !users.body().contains("password"), users.body());
    }
}
