package io.switchboard.host.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * The web UI: plain files from {@code /web} in the host jar, served at {@code /} (the agent and
 * admin app) and {@code /demo/widget} (a page embedding the web chat widget). Every answer
 * carries a Content-Security-Policy without inline scripts; files are revalidated on every load
 * ({@code no-cache} with an ETag), so an upgraded desk never serves a stale mix of modules.
 */
final class StaticFiles extends HttpHandler {

    static final String ROOT = "/web";

    /** The app: same-origin scripts, styles, images and connections only; never framed. */
    static final String APP_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** The widget demo: the widget puts its stylesheet in a shadow root, which needs inline styles. */
    static final String DEMO_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    private static final Pattern FILE = Pattern.compile("/(app/)?[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*"
            + "\\.(js|css|svg|html|png|ico|webmanifest)");
    /** Libraries from WebJars on the classpath (Chart.js for the reports dashboard): scripts only. */
    private static final Pattern WEBJAR = Pattern.compile("/webjars/[a-z0-9][a-z0-9._-]*/[0-9][0-9a-z.-]*"
            + "(/[a-z0-9][a-z0-9._-]*)+\\.js");
    private static final String WEBJARS = "/META-INF/resources";
    private static final Map<String, String> ALIASES = Map.of("/", "/index.html", "/demo/widget", "/demo/widget.html",
            "/demo/widget/", "/demo/widget.html");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "html", "text/html; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "webmanifest", "application/manifest+json");

    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** One file: its bytes, content type and ETag. */
    record Asset(byte[] bytes, String contentType, String etag) {
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        securityHeaders(request.getRequestURI(), response);
        Method method = request.getMethod();
        if (method != Method.GET && method != Method.HEAD) {
            response.setHeader("Allow", "GET, HEAD");
            plain(response, 405, "Only GET and HEAD are served here.");
            return;
        }
        Optional<Asset> asset = find(request.getRequestURI());
        if (asset.isEmpty()) {
            plain(response, 404, "Not found. The desk is at / and its API under /api/v1/.");
            return;
        }
        Asset file = asset.get();
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("ETag", file.etag());
        if (file.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.bytes().length);
        if (method == Method.GET) {
            response.getOutputStream().write(file.bytes());
        }
    }

    /** The file a path names, if the jar has it. */
    Optional<Asset> find(String path) {
        String file = ALIASES.getOrDefault(path, path);
        if (WEBJAR.matcher(file).matches() && !file.contains("..")) {
            return cache.computeIfAbsent(WEBJARS + file, StaticFiles::loadFromClasspath);
        }
        if (!file.equals("/demo/widget.html") && !FILE.matcher(file).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(file, StaticFiles::load);
    }

    private static void securityHeaders(String path, Response response) {
        boolean demo = path.startsWith("/demo/");
        response.setHeader("Content-Security-Policy", demo ? DEMO_POLICY : APP_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }

    private static void plain(Response response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().write(text);
    }

    private static Optional<Asset> load(String file) {
        return loadFromClasspath(ROOT + file);
    }

    private static Optional<Asset> loadFromClasspath(String resource) {
        String file = resource;
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            String extension = file.substring(file.lastIndexOf('.') + 1);
            return Optional.of(new Asset(bytes, TYPES.get(extension), etag(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
