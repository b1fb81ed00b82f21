package io.switchboard.host.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A desk in its own JVM, started the way {@code ./switchboard run} starts it, so a test can
 * kill it with SIGKILL — a real crash, not a polite shutdown.
 */
public final class DeskProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("Switchboard is running at (http://\\S+)");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private volatile URI url;

    private DeskProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "desk-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static DeskProcess start(Path dataDir, String dbUrl) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.switchboard.host.Main").redirectErrorStream(true);
        builder.environment().put("SWITCHBOARD_PORT", "0");
        builder.environment().put("SWITCHBOARD_BIND", "127.0.0.1");
        builder.environment().put("SWITCHBOARD_DATA_DIR", dataDir.toString());
        builder.environment().put("SWITCHBOARD_PLUGINS_DIR", TestDesk.pluginRoots().get(0).toString());
        builder.environment().put("SWITCHBOARD_ADMIN_EMAIL", TestDesk.ADMIN_EMAIL);
        builder.environment().put("SWITCHBOARD_ADMIN_PASSWORD", TestDesk.ADMIN_PASSWORD);
        builder.environment().put("SWITCHBOARD_CONFIG", dataDir.resolve("none.properties").toString());
        if (dbUrl != null) {
            builder.environment().put("SWITCHBOARD_DB_URL", dbUrl);
        }
        try {
            DeskProcess desk = new DeskProcess(builder.start());
            TestDesk.await("the desk process prints its URL", () -> desk.url != null || !desk.process.isAlive());
            if (desk.url == null) {
                throw new IllegalStateException("the desk process died:\n" + String.join("\n", desk.output));
            }
            return desk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                Matcher running = RUNNING.matcher(line);
                if (running.find()) {
                    url = URI.create(running.group(1));
                }
            }
        } catch (IOException e) {
            output.add("(output closed: " + e.getMessage() + ")");
        }
    }

    public URI url() {
        return url;
    }

    /** What the process printed so far, for failure messages. */
    public String output() {
        return String.join("\n", output) + (process.isAlive() ? "" : "\n(exited " + process.exitValue() + ")");
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
