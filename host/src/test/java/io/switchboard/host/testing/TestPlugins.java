package io.switchboard.host.testing;

import io.switchboard.testplugins.faulty.FaultyConnector;
import io.switchboard.testplugins.sms.TestSmsConnector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Plugins that exist for tests only, packaged here as real PF4J zips from the compiled test
 * classes, so the host loads them through PF4J exactly like a bundled plugin.
 */
public final class TestPlugins {

    private TestPlugins() {
    }

    /** A directory holding the {@code test-sms} plugin zip (channel type {@code testsms}). */
    public static Path smsPluginDir() {
        try {
            Path dir = Files.createTempDirectory("test-plugins");
            zip(TestSmsConnector.class, "test-sms", dir.resolve("test-sms-1.0.0.zip"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory holding the misbehaving {@code faulty} plugin zip (channel type {@code faulty}). */
    public static Path faultyPluginDir() {
        try {
            Path dir = Files.createTempDirectory("test-plugins");
            zip(FaultyConnector.class, "faulty", dir.resolve("faulty-1.0.0.zip"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code test-sms} plugin as a zip of the given version, for uploads (not in any plugin directory). */
    public static Path smsPluginZip(String version) {
        try {
            Path target = Files.createTempDirectory("test-upload").resolve("test-sms-" + version + ".zip");
            zip(TestSmsConnector.class, "test-sms", version, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void zip(Class<?> connector, String pluginId, Path target) throws IOException {
        zip(connector, pluginId, "1.0.0", target);
    }

    private static void zip(Class<?> connector, String pluginId, String version, Path target) throws IOException {
        Path classes = classesRoot(connector);
        String packageDir = connector.getPackageName().replace('.', '/');
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target));
             Stream<Path> files = Files.list(classes.resolve(packageDir))) {
            put(out, "plugin.properties", ("plugin.id=" + pluginId + "\nplugin.version=" + version + "\n"
                    + "plugin.requires=>=1.0.0 & <2.0.0\nplugin.provider=Switchboard tests\n"
                    + "plugin.class=org.pf4j.Plugin\nplugin.description=A " + pluginId + " channel for tests\n")
                    .getBytes(StandardCharsets.UTF_8));
            put(out, "classes/META-INF/extensions.idx", (connector.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                put(out, "classes/" + packageDir + "/" + file.getFileName(), Files.readAllBytes(file));
            }
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static Path classesRoot(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plugin directories a desk with the test plugins loads (after the bundled ones). */
    public static List<Path> roots() {
        return List.of(smsPluginDir());
    }
}
