package io.switchboard.host.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Makes variants of the built plugin zips, for tests of how the host treats odd plugins. */
public final class PluginZips {

    private PluginZips() {
    }

    /** The built web chat plugin zip. */
    public static Path webchat() {
        try (var zips = Files.list(TestDesk.pluginRoots().get(0))) {
            return zips.filter(p -> p.getFileName().toString().startsWith("switchboard-plugin-webchat")
                    && p.toString().endsWith(".zip")).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies a plugin zip with descriptor properties replaced (such as {@code plugin.id}) and
     * extra entries added (such as a jar under {@code lib/}).
     */
    public static void copy(Path source, Path target, Map<String, String> descriptor, Map<String, byte[]> extra) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("plugin.properties") ? rewrite(in, descriptor) : in.readAllBytes());
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : extra.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rewrite(InputStream in, Map<String, String> replacements) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String key = line.contains("=") ? line.substring(0, line.indexOf('=')) : line;
            text.append(replacements.containsKey(key) ? key + "=" + replacements.get(key) : line).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
