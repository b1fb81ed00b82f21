package io.switchboard.host.plugins;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads for host pools whose context class loader is the host's. A thread inherits
 * its creator's context class loader, so a pool that happens to grow while a plugin runs would
 * otherwise keep that plugin's class loader alive for as long as the thread lives.
 */
public final class HostThreads {

    /** The host's own class loader. */
    public static final ClassLoader HOST_LOADER = HostThreads.class.getClassLoader();

    private HostThreads() {
    }

    /** Threads named {@code name-1}, {@code name-2}... */
    public static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(HOST_LOADER);
            return thread;
        };
    }
}
