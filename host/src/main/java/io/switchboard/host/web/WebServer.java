package io.switchboard.host.web;

import io.switchboard.host.users.TokenStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.media.sse.SseFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The HTTP server: Jersey on Grizzly for the API and webhooks, with JSON, problem+json errors
 * and access control; the web UI's static files on every other path.
 */
public final class WebServer implements AutoCloseable {

    /*
     * Jersey warns that every resource registered as an instance "will be ignored" although it
     * is served (eclipse-ee4j/jersey#3700). Held strongly so the level sticks.
     */
    private static final java.util.logging.Logger JERSEY_PROVIDERS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    static {
        JERSEY_PROVIDERS.setLevel(java.util.logging.Level.SEVERE);
    }

    static final int WORKERS = 16;

    private final HttpServer server;

    private WebServer(HttpServer server) {
        this.server = server;
    }

    public static WebServer start(String host, int port, TokenStore tokens, List<Object> resources) {
        ResourceConfig config = createResourceConfig(tokens, resources);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://" + host + ":" + port + "/"),
                config, false);
        routeApiAndWebUi(server.getServerConfiguration());
        // Grizzly's default is 2 workers per core; requests mostly wait on the database, so
        // match the connection pool instead (event streams do not hold a worker).
        for (NetworkListener listener : server.getListeners()) {
            listener.getTransport().setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig()
                    .setPoolName("http").setCorePoolSize(WORKERS).setMaxPoolSize(WORKERS));
        }
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return new WebServer(server);
    }

    /**
     * Jersey answers {@code /api/...} and {@code /webhooks/...} (the whole path reaches it, so
     * resource paths stay absolute); every other path is the web UI's static files.
     */
    private static void routeApiAndWebUi(ServerConfiguration configuration) {
        HttpHandler jersey = configuration.getHttpHandlers().keySet().iterator().next();
        configuration.removeHttpHandler(jersey);
        configuration.addHttpHandler(jersey, HttpHandlerRegistration.builder().contextPath("").urlPattern("/api/*")
                .build(), HttpHandlerRegistration.builder().contextPath("").urlPattern("/webhooks/*").build(),
                HttpHandlerRegistration.builder().contextPath("").urlPattern("/s/*").build());
        configuration.addHttpHandler(new StaticFiles(), HttpHandlerRegistration.builder().contextPath("")
                .urlPattern("/").build());
    }

    static ResourceConfig createResourceConfig(TokenStore tokens, List<Object> resources) {
        ResourceConfig config = new ResourceConfig();
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.register(SseFeature.class);
        config.register(new GsonProvider());
        config.register(new AccessControl(tokens));
        config.register(new ProblemMappers.ForProblem());
        config.register(new ProblemMappers.ForUnknownPlugin());
        config.register(new ProblemMappers.ForWebApplication());
        config.register(new ProblemMappers.ForAnything());
        config.registerInstances(resources.toArray());
        return config;
    }

    public int port() {
        NetworkListener listener = server.getListeners().iterator().next();
        return listener.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
