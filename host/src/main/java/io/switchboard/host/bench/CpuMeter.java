package io.switchboard.host.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * CPU used during a run: by this JVM, split into the desk's threads, the load generator's
 * threads (they share the JVM and the CPUs) and the JVM's own work (JIT compiler, GC); and,
 * where {@code /proc/stat} exists, by the whole machine, which includes a PostgreSQL server.
 */
final class CpuMeter {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    private final long processStart;
    private final long jitStart;
    private final long gcStart;
    private final ThreadCpu.Split threadsStart;
    private final long[] machineStart;
    private final long wallStart;

    private CpuMeter(long processStart, ThreadCpu.Split threadsStart, long[] machineStart, long wallStart) {
        this.processStart = processStart;
        this.jitStart = jitMillis();
        this.gcStart = gcMillis();
        this.threadsStart = threadsStart;
        this.machineStart = machineStart;
        this.wallStart = wallStart;
    }

    /**
     * CPU figures in cores: CPU seconds per wall second (2.0 = two cores busy all the time).
     *
     * @param processCores this JVM
     * @param deskCores the JVM's threads that are not the load generator's (HTTP workers, pools, ...)
     * @param clientCores the load generator's threads, including the JDK HTTP client's
     * @param machineCpus CPUs the machine has (not what the JVM was told), 0 when unknown
     * @param machineBusy share of all cores' time neither idle nor waiting for I/O, 0..1; negative when unknown
     * @param machineIoWait share of all cores' time idle while waiting for I/O (fsync), 0..1; negative when unknown
     * @param processNanos CPU nanoseconds this JVM used
     * @param jitMillis time the JIT compiler threads spent compiling (all compiler threads together)
     * @param gcMillis time the garbage collectors reported (pauses and concurrent cycles)
     */
    record Usage(double processCores, double deskCores, double clientCores, int machineCpus, double machineBusy,
                 double machineIoWait, long processNanos, long jitMillis, long gcMillis) {

        /** CPU used by every other process on the machine (a database server, other work), in cores. */
        double otherProcessCores() {
            return Math.max(0, machineBusy * machineCpus - processCores);
        }

        /** The JVM's own threads: JIT compilers, GC, which no Java thread accounts for. */
        double jvmCores() {
            return Math.max(0, processCores - deskCores - clientCores);
        }
    }

    static CpuMeter start() {
        return new CpuMeter(processCpu(), ThreadCpu.split(), machineTicks(), System.nanoTime());
    }

    Usage stop() {
        double wall = System.nanoTime() - wallStart;
        long process = processCpu() - processStart;
        ThreadCpu.Split threads = ThreadCpu.split().minus(threadsStart);
        long[] machineEnd = machineTicks();
        double busy = -1;
        double ioWait = -1;
        if (machineStart != null && machineEnd != null && machineEnd[0] > machineStart[0]) {
            double total = machineEnd[0] - machineStart[0];
            busy = 1.0 - (machineEnd[1] - machineStart[1] + machineEnd[2] - machineStart[2]) / total;
            ioWait = (machineEnd[2] - machineStart[2]) / total;
        }
        int cpus = machineEnd == null ? 0 : (int) machineEnd[3];
        return new Usage(process / wall, threads.deskNanos() / wall, threads.clientNanos() / wall, cpus, busy, ioWait,
                process, jitMillis() - jitStart, gcMillis() - gcStart);
    }

    private static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
    }

    /** {total, idle, iowait} jiffies over all CPUs and the number of CPUs, or null off Linux. */
    private static long[] machineTicks() {
        try {
            List<String> lines = Files.readAllLines(PROC_STAT);
            long[] fields = Arrays.stream(lines.get(0).trim().split("\\s+")).skip(1).mapToLong(Long::parseLong)
                    .toArray();
            long total = Arrays.stream(fields).limit(8).sum(); // guest time is already counted in user
            long cpus = lines.stream().filter(line -> line.matches("cpu\\d+ .*")).count();
            return new long[] {total, fields[3], fields[4], cpus};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
