package io.switchboard.host.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of this JVM's live threads, summed into the load generator's (the {@link LoadRunner}
 * threads and the JDK HTTP client's) and everyone else's, which is the desk. Threads that end
 * during a run take their time with them, so both sums are slight underestimates.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    /** CPU nanoseconds so far of the desk's and the load generator's live threads. */
    record Split(long deskNanos, long clientNanos) {
        Split minus(Split earlier) {
            return new Split(deskNanos - earlier.deskNanos, clientNanos - earlier.clientNanos);
        }
    }

    static Split split() {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return new Split(0, 0);
        }
        long desk = 0;
        long client = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue; // ended meanwhile
            }
            long cpu = Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            if (isLoadGenerator(info.getThreadName())) {
                client += cpu;
            } else {
                desk += cpu;
            }
        }
        return new Split(desk, client);
    }

    static boolean isLoadGenerator(String threadName) {
        return threadName.startsWith(LoadRunner.THREAD_PREFIX) || threadName.startsWith("HttpClient-");
    }
}
