package io.switchboard.host.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.SseClient;
import io.switchboard.host.testing.TestDesk;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Admins deactivate, reactivate and change users and reset passwords; agents list colleagues. */
class UserAdministrationTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @Test
    void deactivatingAUserRevokesEveryTokenAtOnce() {
        long id = desk.createUser("leaver@test.local", "Leaver", "agent", "leaver password 1");
        String session = desk.login("leaver@test.local", "leaver password 1");
        String script = desk.send("POST", "/api/v1/auth/tokens", session, Map.of("name", "export")).json()
                .get("token").getAsString();

        ApiResponse deactivated = desk.patch("/api/v1/admin/users/" + id, Map.of("active", false));
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().get("active").getAsBoolean());
        assertEquals(401, desk.send("GET", "/api/v1/auth/me", session, null).status());
        assertEquals(401, desk.send("GET", "/api/v1/auth/me", script, null).status());
        assertEquals(401, desk.send("POST", "/api/v1/auth/login", null, Map.of("email", "leaver@test.local",
                "password", "leaver password 1")).status());

        assertEquals(200, desk.patch("/api/v1/admin/users/" + id, Map.of("active", true)).status());
        assertEquals(401, desk.send("GET", "/api/v1/auth/me", session, null).status(),
                "reactivation does not bring old tokens back");
        assertEquals(200, desk.send("GET", "/api/v1/auth/me", desk.login("leaver@test.local",
                "leaver password 1"), null).status());
    }

    @Test
    void deactivatingAUserEndsTheirLiveEventStream() {
        long id = desk.createUser("streamer@test.local", "Streamer", "agent", "streamer password");
        String session = desk.login("streamer@test.local", "streamer password");
        try (SseClient stream = SseClient.open(desk.http(), desk.url("/api/v1/events"), session)) {
            assertFalse(stream.ended());
            desk.patch("/api/v1/admin/users/" + id, Map.of("active", false));
            TestDesk.await("the deactivated user's event stream ends", stream::ended);
        }
    }

    @Test
    void resettingAPasswordEndsTheUsersSessions() {
        long id = desk.createUser("forgetful@test.local", "Forgetful", "agent", "old password 12");
        String session = desk.login("forgetful@test.local", "old password 12");

        ApiResponse reset = desk.post("/api/v1/admin/users/" + id + "/password", Map.of("password",
                "new password 34"));
        assertEquals(204, reset.status(), reset.body());
        assertEquals(401, desk.send("GET", "/api/v1/auth/me", session, null).status());
        assertEquals(401, desk.send("POST", "/api/v1/auth/login", null, Map.of("email", "forgetful@test.local",
                "password", "old password 12")).status());
        desk.login("forgetful@test.local", "new password 34");

        ApiResponse tooShort = desk.post("/api/v1/admin/users/" + id + "/password", Map.of("password", "short"));
        assertEquals(400, tooShort.status());
        assertTrue(tooShort.json().get("detail").getAsString().contains("10"), tooShort.body());
    }

    @Test
    void anAdminCanChangeNameAndRole() {
        long id = desk.createUser("promoted@test.local", "Promoted", "agent", "promoted password");
        ApiResponse changed = desk.patch("/api/v1/admin/users/" + id, Map.of("name", "Pat Promoted", "role",
                "admin"));
        assertEquals(200, changed.status(), changed.body());
        assertEquals("admin", changed.json().get("role").getAsString());
        assertEquals("Pat Promoted", changed.json().get("name").getAsString());
        assertEquals(400, desk.patch("/api/v1/admin/users/" + id, Map.of("role", "owner")).status());
        assertEquals(400, desk.patch("/api/v1/admin/users/" + id, Map.of("name", " ")).status());
        assertEquals(404, desk.patch("/api/v1/admin/users/999999", Map.of("active", false)).status());
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        long me = desk.get("/api/v1/auth/me").json().get("id").getAsLong();
        ApiResponse response = desk.patch("/api/v1/admin/users/" + me, Map.of("active", false));
        assertEquals(409, response.status(), response.body());
        assertTrue(response.json().get("detail").getAsString().contains("yourself"), response.body());
        assertEquals(409, desk.patch("/api/v1/admin/users/" + me, Map.of("role", "agent")).status());
        assertEquals(200, desk.get("/api/v1/auth/me").status());
    }

    @Test
    void agentsListActiveColleaguesButCannotAdministerUsers() {
        long gone = desk.createUser("gone@test.local", "Gone Agent", "agent", "gone password 1");
        desk.patch("/api/v1/admin/users/" + gone, Map.of("active", false));
        desk.createUser("colleague@test.local", "Colleague", "agent", "colleague pw 1");
        String agent = desk.login("colleague@test.local", "colleague pw 1");

        ApiResponse directory = desk.send("GET", "/api/v1/users", agent, null);
        assertEquals(200, directory.status(), directory.body());
        assertTrue(directory.body().contains("Colleague"), directory.body());
        assertFalse(directory.body().contains("Gone Agent"), "deactivated users are not offered: "
                + directory.body());
        assertEquals(403, desk.send("PATCH", "/api/v1/admin/users/" + gone, agent, Map.of("active", true)).status());
        assertEquals(403, desk.send("POST", "/api/v1/admin/users/" + gone + "/password", agent,
                Map.of("password", "whatever password")).status());
    }
}
