package io.switchboard.host.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.hours.CalendarSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Routing rules run when a customer opens a conversation: first match in order wins. */
class RoutingRulesTest {

    // A Wednesday, 10:00 UTC.
    private final RoutingBench bench = new RoutingBench(Instant.parse("2026-03-04T10:00:00Z"));

    @AfterEach
    void close() {
        bench.close();
    }

    private static RuleConditions when(List<String> keywords, Map<String, String> attributes, String hours) {
        return new RuleConditions(null, attributes, keywords, hours);
    }

    private static RuleActions priority(String priority) {
        return new RuleActions(null, null, null, priority, null);
    }

    @Test
    void theFirstMatchingRuleInOrderWinsAndLaterOnesDoNotApply() {
        RoutingRule refunds = bench.rules.create("refunds", true, when(List.of("refund"), null, null),
                priority("high"));
        RoutingRule everything = bench.rules.create("everything", true, when(null, null, null), priority("low"));

        assertEquals("high", bench.column(bench.newConversation("I want a refund"), "priority"));
        assertEquals("low", bench.column(bench.newConversation("hello"), "priority"));

        bench.rules.reorder(List.of(everything.id(), refunds.id()));
        assertEquals("low", bench.column(bench.newConversation("I want a refund"), "priority"));
    }

    @Test
    void aDisabledRuleIsSkipped() {
        RoutingRule urgent = bench.rules.create("urgent", true, when(null, null, null), priority("urgent"));
        bench.rules.setEnabled(urgent.id(), false);
        assertEquals("normal", bench.column(bench.newConversation("hi"), "priority"));
    }

    @Test
    void keywordsMatchWholeWordsInTheFirstMessageIgnoringCase() {
        bench.rules.create("refunds", true, when(List.of("refund", "money back"), null, null), priority("high"));
        assertEquals("high", bench.column(bench.newConversation("REFUND please!"), "priority"));
        assertEquals("high", bench.column(bench.newConversation("I want my Money Back."), "priority"));
        assertEquals("normal", bench.column(bench.newConversation("was it refunded?"), "priority"));
    }

    @Test
    void onlyTheFirstMessageIsLookedAt() {
        bench.rules.create("refunds", true, when(List.of("refund"), null, null), priority("high"));
        long id = bench.newConversationFrom("ann", "hello");
        bench.newConversationFrom("ann", "refund now");
        assertEquals("normal", bench.column(id, "priority"));
    }

    @Test
    void aVipContactAttributeRoutesToTheVipTeamWithUrgentPriority() {
        long ada = bench.agent("Ada", "online");
        long vipTeam = bench.team("VIP", ada);
        bench.rules.create("vip", true, when(null, Map.of("vip", "true"), null),
                new RuleActions(vipTeam, null, null, "urgent", List.of("vip")));
        bench.knownContact("vip-customer");
        bench.setAttribute("vip-customer", "vip", "TRUE");

        long vip = bench.newConversationFrom("vip-customer", "hello");
        long regular = bench.newConversation("hello");

        assertEquals(String.valueOf(vipTeam), bench.column(vip, "team_id"));
        assertEquals(ada, bench.assignee(vip));
        assertEquals("urgent", bench.column(vip, "priority"));
        assertEquals(List.of("vip"), tags(vip));
        assertNull(bench.assignee(regular));
        assertEquals(List.of(), tags(regular));
    }

    @Test
    void aTeamIsServedRoundRobinAmongItsOnlineMembersOnly() {
        long ada = bench.agent("Ada", "online");
        long ben = bench.agent("Ben", "away");
        long cy = bench.agent("Cy", "online");
        long team = bench.team("Support", ada, ben, cy);
        bench.rules.create("support", true, when(null, null, null), new RuleActions(team, null, null, null, null));

        List<Long> assignees = List.of(bench.assignee(bench.newConversation("1")),
                bench.assignee(bench.newConversation("2")), bench.assignee(bench.newConversation("3")));

        assertEquals(List.of(ada, cy, ada), assignees);
    }

    @Test
    void membersAtTheirCapOfOpenConversationsAreSkipped() {
        long ada = bench.agent("Ada", "online");
        long ben = bench.agent("Ben", "online");
        long team = bench.team("Support", ada, ben);
        bench.rules.create("support", true, when(null, null, null), new RuleActions(team, null, 1, null, null));

        assertEquals(ada, bench.assignee(bench.newConversation("1")));
        assertEquals(ben, bench.assignee(bench.newConversation("2")));
        long third = bench.newConversation("3");

        assertNull(bench.assignee(third), "both are at the cap of one open conversation");
        assertEquals(String.valueOf(team), bench.column(third, "team_id"), "it waits in the team's queue");
    }

    @Test
    void withNobodyOnlineTheConversationWaitsUnassignedInTheTeamQueue() {
        long ada = bench.agent("Ada", "offline");
        long team = bench.team("Support", ada);
        bench.rules.create("support", true, when(null, null, null), new RuleActions(team, null, null, null, null));

        long id = bench.newConversation("anyone?");

        assertNull(bench.assignee(id));
        assertEquals(String.valueOf(team), bench.column(id, "team_id"));
    }

    @Test
    void anAssignmentByRoutingIsLoggedAsAnAssignedEventNamingTheRule() {
        long ada = bench.agent("Ada", "online");
        long team = bench.team("Support", ada);
        RoutingRule rule = bench.rules.create("support", true, when(null, null, null),
                new RuleActions(team, null, null, null, null));

        long id = bench.newConversation("hi");

        Map<String, Object> event = bench.jdbi().withHandle(h -> h.createQuery("SELECT agent_id, team_id,"
                        + " attributes_json FROM conversation_events WHERE conversation_id = :id AND type = 'ASSIGNED'")
                .bind("id", id).mapToMap().one());
        assertEquals(ada, ((Number) event.get("agent_id")).longValue());
        assertEquals(team, ((Number) event.get("team_id")).longValue());
        assertTrue(event.get("attributes_json").toString().contains("\"rule\":\"" + rule.id() + "\""));
        assertTrue(event.get("attributes_json").toString().contains("\"by\":\"routing\""));
    }

    @Test
    void aRuleCanAssignOneAgentDirectly() {
        long ben = bench.agent("Ben", "offline");
        bench.rules.create("ben", true, when(null, null, null), new RuleActions(null, ben, null, null, null));
        assertEquals(ben, bench.assignee(bench.newConversation("hi")));
    }

    @Test
    void theBusinessHoursConditionFollowsTheChannelsCalendarOnTheDesksClock() {
        bench.calendars.create(new CalendarSpec("office", "UTC", Map.of("wed", List.of(List.of("09:00", "17:00"))),
                List.of(), null));
        bench.rules.create("after hours", true, when(null, null, "outside"), priority("low"));

        assertEquals("normal", bench.column(bench.newConversation("at 10:00"), "priority"));
        bench.clock.advance(java.time.Duration.ofHours(8)); // 18:00
        assertEquals("low", bench.column(bench.newConversation("at 18:00"), "priority"));
    }

    @Test
    void theChannelTypeConditionMatchesOnlyListedTypes() {
        bench.rules.create("sms only", true, new RuleConditions(List.of("sms"), null, null, null), priority("high"));
        bench.rules.create("this channel", true, new RuleConditions(List.of("scripted"), null, null, null),
                priority("low"));
        assertEquals("low", bench.column(bench.newConversation("hi"), "priority"));
    }

    private List<String> tags(long conversationId) {
        return bench.jdbi().withHandle(h -> h.createQuery("SELECT tag FROM conversation_tags WHERE conversation_id"
                + " = :id ORDER BY tag").bind("id", conversationId).mapTo(String.class).list());
    }
}
