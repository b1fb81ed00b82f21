package io.switchboard.host.plugins;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door through which the host calls plugin code. Each call runs on a bounded pool of
 * host threads with the plugin's class loader as context class loader, and is given up after
 * its timeout (the thread is interrupted and the call abandoned). Exceptions, timeouts and
 * garbage results (null, or what the caller's check rejects) are failures, counted per plugin;
 * after {@link Policy#stopAfter} failures in a row the trip listener is told, once, on a
 * thread of its own (the host stops the plugin). The rest of the desk never waits longer than a
 * timeout for a plugin, and a plugin whose calls hang can hold at most
 * {@link Policy#maxRunning} threads.
 *
 * <p>Any host feature calling a plugin (channels, surveys, metrics) uses it:
 * {@code guard.call(pluginId, "score", () -> survey.score(answers))}.
 */
public final class PluginGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginGuard.class);
    private static final int MAX_THREADS = 256;

    /**
     * @param timeout time allowed for an ordinary call (a webhook, a validation)
     * @param longTimeout time allowed for calls that talk to a provider at length (deliver, poll, fetch)
     * @param stopAfter consecutive failures after which the plugin is stopped
     * @param maxRunning calls of one plugin that may run at once; more fail at once
     */
    public record Policy(Duration timeout, Duration longTimeout, int stopAfter, int maxRunning) {
        public static final Policy DEFAULT = new Policy(Duration.ofSeconds(30), Duration.ofMinutes(2), 10, 32);
    }

    private final Clock clock;
    private final Function<String, ClassLoader> loaders;
    private final Map<String, Counters> counters = new ConcurrentHashMap<>();
    private final ExecutorService tripper = Executors.newSingleThreadExecutor(HostThreads.named("plugin-tripper"));
    private volatile ExecutorService pool = newPool();
    private volatile Policy policy = Policy.DEFAULT;
    private final Map<String, Policy> overrides = new ConcurrentHashMap<>();
    private volatile BiConsumer<String, String> onTrip = (pluginId, reason) -> { };

    /** @param loaders the class loader of a plugin by id (the context class loader of its calls), or null */
    public PluginGuard(Clock clock, Function<String, ClassLoader> loaders) {
        this.clock = clock;
        this.loaders = loaders;
    }

    public void setPolicy(Policy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    public Policy policy() {
        return policy;
    }

    /** A policy for one plugin only (a plugin known to be slow, or a test's misbehaving plugin). */
    public void setPolicy(String pluginId, Policy pluginPolicy) {
        overrides.put(pluginId, Objects.requireNonNull(pluginPolicy));
    }

    public Policy policyFor(String pluginId) {
        return overrides.getOrDefault(pluginId, policy);
    }

    /** Called once per streak when a plugin reaches {@link Policy#stopAfter} failures in a row. */
    public void onRepeatedFailure(BiConsumer<String, String> listener) {
        this.onTrip = listener;
    }

    /** Calls with the ordinary timeout; a null result is garbage. */
    public <T> T call(String pluginId, String operation, Callable<T> call) {
        return call(pluginId, operation, policyFor(pluginId).timeout(), call, result -> null);
    }

    /** Calls with the long timeout; a null result is garbage. */
    public <T> T callLong(String pluginId, String operation, Callable<T> call) {
        return call(pluginId, operation, policyFor(pluginId).longTimeout(), call, result -> null);
    }

    /** Runs a call whose result does not matter (close): only exceptions and timeouts count. */
    public void run(String pluginId, String operation, ThrowingRunnable call) {
        call(pluginId, operation, policyFor(pluginId).timeout(), () -> {
            call.run();
            return Boolean.TRUE;
        }, result -> null);
    }

    /**
     * Calls a plugin.
     *
     * @param check says why a non-null result is garbage, or returns null when it is fine
     * @throws PluginCallException when the call failed in any way (already counted)
     */
    public <T> T call(String pluginId, String operation, Duration timeout, Callable<T> call,
                      Function<? super T, String> check) {
        Counters c = counters.computeIfAbsent(pluginId, id -> new Counters());
        Policy policy = policyFor(pluginId);
        c.calls.increment();
        if (c.running.incrementAndGet() > policy.maxRunning()) {
            c.running.decrementAndGet();
            throw fail(pluginId, operation, c, PluginCallException.Kind.OVERLOADED, policy.maxRunning()
                    + " calls are still running (hung calls hold their thread)", null);
        }
        Future<T> future;
        try {
            future = pool.submit(() -> invoke(pluginId, c, call));
        } catch (RejectedExecutionException e) {
            c.running.decrementAndGet();
            throw fail(pluginId, operation, c, PluginCallException.Kind.OVERLOADED, "no thread is free for plugin"
                    + " calls", e);
        }
        T result = await(pluginId, operation, timeout, c, future);
        String garbage = result == null ? "returned null" : check.apply(result);
        if (garbage != null) {
            throw fail(pluginId, operation, c, PluginCallException.Kind.INVALID_RESULT, garbage, null);
        }
        c.consecutive.set(0);
        return result;
    }

    /**
     * Counts the outcomes of one guarded call that asked the plugin about many items in turn
     * (a metric observing a slice of conversations): each item is a call of its own for the
     * counters and the failure streak, so a plugin failing on every item is stopped as if it had
     * been called once per item. {@code failures} holds the failed items' reasons by position,
     * null where the item went well.
     */
    public void countItems(String pluginId, String operation, List<String> failures) {
        Counters c = counters.computeIfAbsent(pluginId, id -> new Counters());
        c.calls.add(Math.max(0, failures.size() - 1)); // the enclosing call counted one
        for (String failure : failures) {
            if (failure == null) {
                c.consecutive.set(0);
            } else {
                fail(pluginId, operation, c, PluginCallException.Kind.THREW, failure, null);
            }
        }
    }

    private <T> T invoke(String pluginId, Counters c, Callable<T> call) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader pluginLoader = loaders.apply(pluginId);
        thread.setContextClassLoader(pluginLoader == null ? HostThreads.HOST_LOADER : pluginLoader);
        try {
            return call.call();
        } finally {
            // A pooled thread must not keep an uninstalled plugin's class loader reachable.
            thread.setContextClassLoader(HostThreads.HOST_LOADER);
            c.running.decrementAndGet();
        }
    }

    private <T> T await(String pluginId, String operation, Duration timeout, Counters c, Future<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            c.timeouts.increment();
            throw fail(pluginId, operation, c, PluginCallException.Kind.TIMED_OUT, "no answer within " + timeout
                    .toMillis() + " ms; the call was abandoned", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw fail(pluginId, operation, c, PluginCallException.Kind.THREW, cause.getClass().getName() + ": "
                    + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginCallException(pluginId, operation, PluginCallException.Kind.STOPPED,
                    "the caller was interrupted", e);
        }
    }

    private PluginCallException fail(String pluginId, String operation, Counters c, PluginCallException.Kind kind,
                                     String message, Throwable cause) {
        PluginCallException failure = new PluginCallException(pluginId, operation, kind, message, cause);
        c.failures.increment();
        c.lastError = operation + ": " + message;
        c.lastErrorAt = clock.instant();
        int streak = c.consecutive.incrementAndGet();
        Policy policy = policyFor(pluginId);
        LOG.warn("Plugin {} failed in {} ({} in a row): {}", pluginId, operation, streak, message);
        if (streak == policy.stopAfter()) {
            String reason = "stopped after " + streak + " failed calls in a row; last: " + c.lastError;
            BiConsumer<String, String> listener = onTrip;
            tripper.execute(() -> listener.accept(pluginId, reason));
        }
        return failure;
    }

    public PluginHealth health(String pluginId) {
        Counters c = counters.get(pluginId);
        return c == null ? PluginHealth.NONE : new PluginHealth(c.calls.sum(), c.failures.sum(), c.timeouts.sum(),
                c.consecutive.get(), c.running.get(), c.lastError, c.lastErrorAt);
    }

    /** A fresh count for a plugin (started again by an admin, or uninstalled). */
    public void reset(String pluginId) {
        counters.remove(pluginId);
    }

    /**
     * Replaces the pool's threads: idle ones end at once, busy ones when their call returns. A
     * plugin's thread locals die with them, so an uninstalled plugin's class loader is not kept
     * by a value it left in a pooled thread.
     */
    public void renewThreads() {
        ExecutorService old = pool;
        pool = newPool();
        old.shutdown();
    }

    private static ExecutorService newPool() {
        return new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                HostThreads.named("plugin-call"));
    }

    @Override
    public void close() {
        pool.shutdownNow();
        tripper.shutdownNow();
    }

    /** A plugin call without a result. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static final class Counters {
        final java.util.concurrent.atomic.LongAdder calls = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder failures = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.LongAdder timeouts = new java.util.concurrent.atomic.LongAdder();
        final java.util.concurrent.atomic.AtomicInteger consecutive = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        volatile String lastError;
        volatile Instant lastErrorAt;
    }
}
