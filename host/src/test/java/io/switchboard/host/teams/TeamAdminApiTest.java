package io.switchboard.host.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Admins keep teams over REST: create, rename, members, delete; names are unique; agents may not. */
class TeamAdminApiTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static long ann;
    private static long bob;
    private static long cid;

    @BeforeAll
    static void agents() {
        ann = desk.createUser("ann@test.local", "Ann", "agent", "ann password 1");
        bob = desk.createUser("bob@test.local", "Bob", "agent", "bob password 1");
        cid = desk.createUser("cid@test.local", "Cid", "agent", "cid password 1");
    }

    private static ApiResponse put(String path, Object body) {
        return desk.send("PUT", path, desk.adminToken(), body);
    }

    private static long create(String name) {
        ApiResponse created = desk.post("/api/v1/admin/teams", Map.of("name", name));
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").getAsLong();
    }

    @Test
    void anAdminCreatesTeamsAndTheListIsSortedByName() {
        ApiResponse created = desk.post("/api/v1/admin/teams", Map.of("name", "  Zz returns  "));
        assertEquals(201, created.status(), created.body());
        assertEquals("Zz returns", created.json().get("name").getAsString());
        assertEquals(0, created.json().getAsJsonArray("members").size());
        create("Aa billing");

        List<String> names = teamNames();
        assertTrue(names.indexOf("Aa billing") >= 0 && names.indexOf("Aa billing") < names.indexOf("Zz returns"),
                names.toString());
    }

    @Test
    void aBlankOrTakenNameIsRefusedWithWhy() {
        create("Payments");
        ApiResponse taken = desk.post("/api/v1/admin/teams", Map.of("name", "Payments"));
        assertEquals(409, taken.status());
        assertTrue(taken.json().get("detail").getAsString().contains("'Payments' exists already"), taken.body());
        ApiResponse blank = desk.post("/api/v1/admin/teams", Map.of("name", " "));
        assertEquals(400, blank.status());
        assertTrue(blank.json().get("detail").getAsString().contains("name is required"), blank.body());
    }

    @Test
    void renamingKeepsTheMembersAndAnUnknownTeamIsNotFound() {
        long id = create("Tier 0");
        put("/api/v1/admin/teams/" + id + "/members", Map.of("userIds", List.of(ann)));

        ApiResponse renamed = desk.patch("/api/v1/admin/teams/" + id, Map.of("name", "First line"));
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("First line", renamed.json().get("name").getAsString());
        assertEquals(1, renamed.json().getAsJsonArray("members").size());
        assertEquals(404, desk.patch("/api/v1/admin/teams/999999", Map.of("name", "x")).status());
    }

    @Test
    void settingMembersReplacesThemAndShowsEachOnesAvailability() {
        long id = create("Tier 2");
        put("/api/v1/admin/teams/" + id + "/members", Map.of("userIds", List.of(ann, bob)));
        desk.patch("/api/v1/agents/" + bob, Map.of("availability", "online"));

        ApiResponse replaced = put("/api/v1/admin/teams/" + id + "/members", Map.of("userIds", List.of(bob, bob)));
        assertEquals(200, replaced.status(), replaced.body());
        var members = replaced.json().getAsJsonArray("members");
        assertEquals(1, members.size(), "Ann left the team; Bob is in it once");
        JsonObject member = members.get(0).getAsJsonObject();
        assertEquals(bob, member.get("id").getAsLong());
        assertEquals("Bob", member.get("name").getAsString());
        assertEquals("online", member.get("availability").getAsString());
    }

    @Test
    void aMemberMustBeAnActiveUser() {
        long id = create("Tier 3");
        desk.patch("/api/v1/admin/users/" + cid, Map.of("active", false));

        for (long userId : new long[] {cid, 999999}) {
            ApiResponse refused = put("/api/v1/admin/teams/" + id + "/members", Map.of("userIds", List.of(ann, userId)));
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.json().get("detail").getAsString().contains(userId + " is not an active user"));
        }
        assertEquals(0, desk.get("/api/v1/admin/teams").jsonElement().getAsJsonArray().asList().stream()
                .map(t -> t.getAsJsonObject()).filter(t -> t.get("id").getAsLong() == id).findFirst().orElseThrow()
                .getAsJsonArray("members").size(), "a refused change changes nothing");
        assertEquals(404, put("/api/v1/admin/teams/999999/members", Map.of("userIds", List.of(ann))).status());
    }

    @Test
    void deletingATeamKeepsItsConversationsWithoutATeam() {
        long id = create("Tier 4");
        WebChatVisitor.arrive(desk, "webchat", Map.of("name", "Vera")).say("hello");
        long conversation = desk.desk().jdbi().withHandle(h -> {
            long c = h.createQuery("SELECT MAX(id) FROM conversations").mapTo(Long.class).one();
            h.createUpdate("UPDATE conversations SET team_id = :t WHERE id = :c").bind("t", id).bind("c", c).execute();
            return c;
        });

        assertEquals(204, desk.send("DELETE", "/api/v1/admin/teams/" + id, desk.adminToken(), null).status());
        assertTrue(!teamNames().contains("Tier 4"));
        assertEquals(200, desk.get("/api/v1/conversations/" + conversation).status());
        Long teamAfter = desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT team_id FROM conversations"
                + " WHERE id = :c").bind("c", conversation).mapTo(Long.class).one());
        assertNull(teamAfter, "the conversation stays, without a team");
        assertEquals(404, desk.send("DELETE", "/api/v1/admin/teams/" + id, desk.adminToken(), null).status());
    }

    private static List<String> teamNames() {
        return desk.get("/api/v1/admin/teams").jsonElement().getAsJsonArray().asList().stream()
                .map(t -> t.getAsJsonObject().get("name").getAsString()).toList();
    }

    @Test
    void agentsMayNotManageTeams() {
        String agent = desk.login("ann@test.local", "ann password 1");
        assertEquals(403, desk.send("GET", "/api/v1/admin/teams", agent, null).status());
        assertEquals(403, desk.send("POST", "/api/v1/admin/teams", agent, Map.of("name", "Mine")).status());
        assertEquals(401, desk.send("GET", "/api/v1/admin/teams", null, null).status());
    }
}
