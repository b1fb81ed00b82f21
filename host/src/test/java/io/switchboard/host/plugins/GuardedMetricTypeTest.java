package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.conversation.ConversationTimeline;
import io.switchboard.api.metric.Aggregation;
import io.switchboard.api.metric.MetricDefinition;
import io.switchboard.api.metric.MetricType;
import io.switchboard.api.metric.MetricUnit;
import io.switchboard.api.metric.Observation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A metric plugin observes a batch of conversations in one guarded call, and each conversation
 * still counts on its own: a failure on one leaves the others answered, and a plugin failing on
 * every conversation is stopped as if it had been called once per conversation.
 */
class GuardedMetricTypeTest {

    private static final Instant AT = Instant.parse("2024-03-04T09:00:00Z");
    private final PluginGuard guard = new PluginGuard(Clock.systemUTC(), id -> null);
    private final List<String> trips = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        guard.close();
    }

    private static MetricType metric(Function<ConversationTimeline, List<Observation>> observe) {
        MetricDefinition definition = new MetricDefinition("test-metric", "Test", "A test metric.", MetricUnit.SECONDS,
                List.of(Aggregation.MEAN), null, true);
        return new MetricType() {
            @Override
            public MetricDefinition definition() {
                return definition;
            }

            @Override
            public List<Observation> observe(ConversationTimeline timeline) {
                return observe.apply(timeline);
            }
        };
    }

    private static List<ConversationTimeline> timelines(int n) {
        List<ConversationTimeline> timelines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            timelines.add(new ConversationTimeline(Integer.toString(i), "webchat", true, List.of(), AT));
        }
        return timelines;
    }

    private static List<Observation> one(ConversationTimeline timeline) {
        return List.of(new Observation("first", Double.parseDouble(timeline.conversationId()), AT, null));
    }

    @Test
    void aBatchAnswersEachConversationInOrder() {
        var guarded = new GuardedMetricType("p", metric(GuardedMetricTypeTest::one), guard);

        List<List<Observation>> answers = guarded.observeEach(timelines(3));

        assertEquals(List.of(1.0, 2.0, 3.0), answers.stream().map(a -> a.get(0).value()).toList());
        assertEquals(1 + 3, guard.health("p").calls(), "the definition and one call per conversation");
    }

    @Test
    void aConversationThePluginFailsOnIsLeftOutAndCountedWhileTheOthersAreAnswered() {
        var guarded = new GuardedMetricType("p", metric(t -> switch (t.conversationId()) {
            case "2" -> throw new IllegalStateException("bad timeline");
            case "3" -> null;
            default -> one(t);
        }), guard);

        List<List<Observation>> answers = guarded.observeEach(timelines(4));

        assertEquals(1.0, answers.get(0).get(0).value());
        assertNull(answers.get(1));
        assertNull(answers.get(2));
        assertEquals(4.0, answers.get(3).get(0).value());
        assertEquals(2, guard.health("p").failures());
        assertEquals(0, guard.health("p").consecutiveFailures(), "the last conversation went well");
        assertTrue(guard.health("p").lastError().contains("returned null for conversation 3"),
                guard.health("p").lastError());
    }

    @Test
    void aPluginFailingOnEveryConversationOfABatchIsStoppedOnce() throws Exception {
        guard.onRepeatedFailure((pluginId, reason) -> trips.add(pluginId));
        var guarded = new GuardedMetricType("p", metric(t -> {
            throw new IllegalStateException("broken");
        }), guard);

        List<List<Observation>> answers = guarded.observeEach(timelines(25));

        assertTrue(answers.stream().allMatch(a -> a == null));
        assertEquals(25, guard.health("p").consecutiveFailures());
        for (int i = 0; i < 50 && trips.isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertEquals(List.of("p"), trips);
    }

    @Test
    void aBatchThatHangsIsAbandonedAfterTheTimeoutWithNothingAnswered() {
        guard.setPolicy("p", new PluginGuard.Policy(Duration.ofMillis(200), Duration.ofSeconds(1), 10, 4));
        var guarded = new GuardedMetricType("p", metric(t -> {
            if (t.conversationId().equals("2")) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return one(t);
        }), guard);

        List<List<Observation>> answers = guarded.observeEach(timelines(3));

        assertTrue(answers.stream().allMatch(a -> a == null));
        assertEquals(1, guard.health("p").timeouts());
    }
}
