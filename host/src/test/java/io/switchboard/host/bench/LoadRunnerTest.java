package io.switchboard.host.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The load runner runs every operation exactly once, times each, and turns any failure into a failed run. */
class LoadRunnerTest {

    @Test
    void runsEverySequenceOnceAcrossTheThreads() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        Set<Integer> workers = ConcurrentHashMap.newKeySet();
        RunResult result = LoadRunner.run("test", 4, 1000, (worker, sequence) -> {
            assertTrue(seen.add(sequence), "sequence " + sequence + " ran twice");
            workers.add(worker);
            Thread.sleep(0, 1000);
        });
        assertEquals(1000, seen.size());
        assertTrue(workers.stream().allMatch(w -> w >= 0 && w < 4));
        assertEquals(1000, result.count());
        assertTrue(java.util.Arrays.stream(result.latencies()).allMatch(nanos -> nanos > 0));
        assertTrue(result.wallNanos() > 0);
    }

    @Test
    void aFailureStopsTheRunAndIsRethrown() {
        AtomicInteger ran = new AtomicInteger();
        BenchFailure failure = assertThrows(BenchFailure.class, () -> LoadRunner.run("test", 2, 100_000,
                (worker, sequence) -> {
                    if (ran.incrementAndGet() == 10) {
                        throw new BenchFailure("POST /messages answered 500 instead of 202");
                    }
                }));
        assertTrue(failure.getMessage().contains("answered 500"), failure.getMessage());
        assertTrue(ran.get() < 100_000, "the other thread stopped too");
    }

    @Test
    void loadGeneratorThreadsAreToldApartFromTheDesk() {
        assertTrue(ThreadCpu.isLoadGenerator(LoadRunner.THREAD_PREFIX + "http-m-3"));
        assertTrue(ThreadCpu.isLoadGenerator("HttpClient-1-Worker-0"));
        assertFalse(ThreadCpu.isLoadGenerator("grizzly-http-server-2"));
    }
}
