package io.switchboard.host.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.host.problem.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A rule is checked before it is stored; the refusal names every faulty field. */
class RuleValidationTest {

    private final RoutingBench bench = new RoutingBench(Instant.parse("2026-03-04T10:00:00Z"));

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aRuleThatDoesNothingIsRefused() {
        Problem problem = assertThrows(Problem.class, () -> bench.rules.create("noop", true,
                new RuleConditions(null, null, null, null), new RuleActions(null, null, null, null, null)));
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("a rule must do something"), problem.detail());
    }

    @Test
    void everyFaultyFieldIsListed() {
        Problem problem = assertThrows(Problem.class, () -> bench.rules.create("bad", true,
                new RuleConditions(null, Map.of("VIP!", "true"), List.of(" "), "sometimes"),
                new RuleActions(999L, 998L, 0, "asap", List.of("Not A Tag"))));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.extensions().get("errors");
        List<String> fields = errors.stream().map(e -> e.get("field")).sorted().toList();
        assertEquals(List.of("actions", "actions.agentId", "actions.maxOpenPerAgent", "actions.priority",
                "actions.tags", "actions.teamId", "conditions.businessHours", "conditions.contactAttributes",
                "conditions.keywords"), fields);
    }

    @Test
    void reorderingMustNameEveryRuleOnce() {
        RoutingRule a = bench.rules.create("a", true, new RuleConditions(null, null, null, null),
                new RuleActions(null, null, null, "low", null));
        bench.rules.create("b", true, new RuleConditions(null, null, null, null),
                new RuleActions(null, null, null, "high", null));
        Problem problem = assertThrows(Problem.class, () -> bench.rules.reorder(List.of(a.id(), a.id())));
        assertTrue(problem.detail().contains("every rule exactly once"), problem.detail());
    }

    @Test
    void deletingARuleClosesTheGapInPositions() {
        RoutingRule a = bench.rules.create("a", true, new RuleConditions(null, null, null, null),
                new RuleActions(null, null, null, "low", null));
        bench.rules.create("b", true, new RuleConditions(null, null, null, null),
                new RuleActions(null, null, null, "high", null));
        bench.rules.delete(a.id());
        assertEquals(List.of(1), bench.rules.list().stream().map(RoutingRule::position).toList());
    }
}
