package io.switchboard.host;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** One log for everything: Jersey and Grizzly use java.util.logging, the desk SLF4J. */
public final class Logging {

    private Logging() {
    }

    public static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
