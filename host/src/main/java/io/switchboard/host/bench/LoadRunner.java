package io.switchboard.host.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a fixed number of operations on C threads, each thread taking the next operation as
 * soon as its previous one returned (closed loop, no think time), and times every operation.
 * The first failure stops all threads and is rethrown: a partial run yields no figures.
 */
final class LoadRunner {

    /** Names the load generator's threads, so their CPU time is not counted as the desk's. */
    static final String THREAD_PREFIX = "load-";

    /** One timed operation; {@code worker} is the thread's index, {@code sequence} the operation's. */
    @FunctionalInterface
    interface Operation {
        void run(int worker, int sequence) throws Exception;
    }

    private LoadRunner() {
    }

    static RunResult run(String name, int threads, int total, Operation operation) {
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        CountDownLatch exit = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int worker = w;
            Runnable loop = () -> {
                ready.countDown();
                awaitQuietly(go);
                work(worker, total, operation, latencies, next, failure);
                done.countDown();
                awaitQuietly(exit); // alive until the CPU meter has read this thread's time
            };
            workers.add(new Thread(loop, THREAD_PREFIX + name + "-" + w));
        }
        workers.forEach(Thread::start);
        awaitQuietly(ready);
        CpuMeter cpu = CpuMeter.start();
        long start = System.nanoTime();
        go.countDown();
        awaitQuietly(done);
        long wall = System.nanoTime() - start;
        CpuMeter.Usage usage = cpu.stop();
        exit.countDown();
        workers.forEach(LoadRunner::joinQuietly);
        if (failure.get() != null) {
            throw new BenchFailure(name + " failed after " + next.get() + " operations: " + failure.get(),
                    failure.get());
        }
        return new RunResult(latencies, wall, usage);
    }

    private static void work(int worker, int total, Operation operation, long[] latencies, AtomicInteger next,
                             AtomicReference<Throwable> failure) {
        while (failure.get() == null) {
            int sequence = next.getAndIncrement();
            if (sequence >= total) {
                return;
            }
            long started = System.nanoTime();
            try {
                operation.run(worker, sequence);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                return;
            }
            latencies[sequence] = System.nanoTime() - started; // each slot has one writer; join publishes it
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted", e);
        }
    }
}
