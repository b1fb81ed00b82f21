package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.host.testing.MutableClock;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every call into a plugin is cut off, checked and counted by one guard. */
class PluginGuardTest {

    private final ClassLoader pluginLoader = new URLClassLoader(new URL[0], null);
    private final PluginGuard guard = new PluginGuard(new MutableClock(Instant.parse("2026-01-01T00:00:00Z")),
            id -> "p".equals(id) ? pluginLoader : null);
    private final List<String> trips = new CopyOnWriteArrayList<>();
    private final CountDownLatch tripped = new CountDownLatch(1);

    {
        guard.setPolicy(new PluginGuard.Policy(Duration.ofMillis(200), Duration.ofMillis(400), 3, 2));
        guard.onRepeatedFailure((id, reason) -> {
            trips.add(id + ": " + reason);
            tripped.countDown();
        });
    }

    @AfterEach
    void close() {
        guard.close();
    }

    @Test
    void aResultIsPassedThroughAndCounted() {
        assertEquals("ok", guard.call("p", "op", () -> "ok"));
        assertEquals(1, guard.health("p").calls());
        assertEquals(0, guard.health("p").failures());
    }

    @Test
    void theCallRunsWithThePluginsClassLoaderAsContextClassLoader() {
        assertSame(pluginLoader, guard.call("p", "op", () -> Thread.currentThread().getContextClassLoader()));
    }

    @Test
    void anExceptionIsAFailureWithTheMessageKept() {
        PluginCallException failure = assertThrows(PluginCallException.class, () -> guard.call("p", "deliver", () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(PluginCallException.Kind.THREW, failure.kind());
        assertEquals("deliver: java.lang.IllegalStateException: boom", guard.health("p").lastError());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), guard.health("p").lastErrorAt());
    }

    @Test
    void nullIsGarbage() {
        assertEquals(PluginCallException.Kind.INVALID_RESULT, assertThrows(PluginCallException.class,
                () -> guard.call("p", "open", () -> null)).kind());
    }

    @Test
    void theCallersCheckRejectsGarbage() {
        PluginCallException failure = assertThrows(PluginCallException.class, () -> guard.call("p", "poll",
                Duration.ofSeconds(1), () -> "", s -> s.isEmpty() ? "returned nothing" : null));
        assertEquals("poll: returned nothing", guard.health("p").lastError());
        assertEquals(PluginCallException.Kind.INVALID_RESULT, failure.kind());
    }

    @Test
    void aHungCallIsAbandonedAfterItsTimeout() {
        PluginCallException failure = assertThrows(PluginCallException.class, () -> guard.call("p", "webhook",
                () -> {
                    Thread.sleep(60_000);
                    return "late";
                }));
        assertEquals(PluginCallException.Kind.TIMED_OUT, failure.kind());
        assertEquals(1, guard.health("p").timeouts());
    }

    @Test
    void callsBeyondThePluginsLimitOfRunningCallsFailAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            new Thread(() -> {
                try {
                    guard.call("p", "slow", Duration.ofSeconds(5), () -> release.await(5, TimeUnit.SECONDS),
                            r -> null);
                } catch (PluginCallException ignored) {
                    // not what this test looks at
                }
            }).start();
        }
        io.switchboard.host.testing.TestDesk.await("two calls run", () -> guard.health("p").running() == 2);

        assertEquals(PluginCallException.Kind.OVERLOADED, assertThrows(PluginCallException.class,
                () -> guard.call("p", "op", () -> "x")).kind());
        release.countDown();
    }

    @Test
    void repeatedFailuresTripOnceAndOtherPluginsAreUntouched() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThrows(PluginCallException.class, () -> guard.call("p", "op", () -> null));
        }
        assertEquals("fine", guard.call("q", "op", () -> "fine"));

        tripped.await(5, TimeUnit.SECONDS);
        assertEquals(1, trips.size());
        assertEquals("p: stopped after 3 failed calls in a row; last: op: returned null", trips.get(0));
    }

    @Test
    void aSuccessEndsTheStreak() {
        assertThrows(PluginCallException.class, () -> guard.call("p", "op", () -> null));
        assertThrows(PluginCallException.class, () -> guard.call("p", "op", () -> null));
        guard.call("p", "op", () -> "ok");

        assertEquals(0, guard.health("p").consecutiveFailures());
        assertEquals(2, guard.health("p").failures());
    }
}
