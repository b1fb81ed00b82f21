package io.switchboard.host;

import io.switchboard.host.config.ConfigException;
import io.switchboard.host.config.HostConfig;
import io.switchboard.host.config.HostConfigLoader;

/** Starts the desk from environment variables and prints where to find it. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logging.routeJavaUtilLogging();
        HostConfig config;
        try {
            config = HostConfigLoader.fromEnvironment();
        } catch (ConfigException e) {
            System.err.println("Switchboard cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        Switchboard desk = Switchboard.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(desk::close, "shutdown"));
        System.out.println(StartupBanner.render(desk, config));
        awaitShutdown();
    }

    /** Serving threads are daemons; the desk runs until the process is told to stop. */
    private static void awaitShutdown() {
        try {
            new java.util.concurrent.CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
