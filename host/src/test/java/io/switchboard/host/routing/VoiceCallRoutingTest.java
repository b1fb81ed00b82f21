package io.switchboard.host.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A conversation opened by a phone call is routed like one opened by a message; a call has no text. */
class VoiceCallRoutingTest {

    // A Wednesday, 10:00 UTC.
    private final RoutingBench bench = new RoutingBench(Instant.parse("2026-03-04T10:00:00Z"));

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aCallOnAVoiceChannelGoesToThePhoneTeamWithItsPriority() {
        long onPhones = bench.agent("Phoebe", "online");
        long team = bench.team("phones", onPhones);
        bench.rules.create("calls", true, new RuleConditions(List.of("voice"), null, null, null),
                new RuleActions(team, null, null, "high", List.of("phone")));

        long call = bench.newCallFrom("+15550100200", "voice");

        assertEquals(onPhones, bench.assignee(call));
        assertEquals("high", bench.column(call, "priority"));
        assertEquals(List.of("phone"), bench.jdbi().withHandle(h -> h.createQuery("SELECT tag FROM conversation_tags"
                + " WHERE conversation_id = :id").bind("id", call).mapTo(String.class).list()));
    }

    @Test
    void keywordRulesDoNotMatchACallSinceItHasNoFirstMessage() {
        long agent = bench.agent("Kim", "online");
        bench.rules.create("refunds", true, new RuleConditions(null, null, List.of("refund"), null),
                new RuleActions(null, agent, null, null, null));

        long call = bench.newCallFrom("+15550100201", "voice");

        assertNull(bench.assignee(call));
        assertEquals("normal", bench.column(call, "priority"));
    }
}
