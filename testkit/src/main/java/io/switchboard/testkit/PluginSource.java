package io.switchboard.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where the plugin under test comes from, laid out the way PF4J loads a plugin: its zip as it
 * is, or a plugin directory assembled from the build output ({@code plugin.properties},
 * {@code classes/}, {@code lib/}).
 */
record PluginSource(Path classes, List<Path> libs, Path zip) {

    void installInto(Path pluginsDir) throws IOException {
        if (zip != null) {
            Files.copy(zip, pluginsDir.resolve(zip.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        Path descriptor = classes.resolve("plugin.properties");
        if (!Files.isRegularFile(descriptor)) {
            throw new IllegalStateException(descriptor.toAbsolutePath() + " is missing: put plugin.properties (plugin.id,"
                    + " plugin.version, plugin.requires...) in src/main/resources, or test the zip with fromZip");
        }
        if (!Files.isRegularFile(classes.resolve("META-INF/extensions.idx"))) {
            throw new IllegalStateException("META-INF/extensions.idx is missing from " + classes.toAbsolutePath()
                    + ": PF4J's annotation processor did not run (is org.pf4j:pf4j on the compile class path?)");
        }
        Path plugin = Files.createDirectories(pluginsDir.resolve(pluginId(descriptor)));
        Files.copy(descriptor, plugin.resolve("plugin.properties"));
        copyTree(classes, plugin.resolve("classes"));
        Path lib = Files.createDirectories(plugin.resolve("lib"));
        for (Path jar : libs) {
            Files.copy(jar, lib.resolve(jar.getFileName()));
        }
    }

    private static String pluginId(Path descriptor) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(descriptor)) {
            properties.load(in);
        }
        String id = properties.getProperty("plugin.id");
        if (id == null || id.isBlank()) {
            throw new IllegalStateException(descriptor + " has no plugin.id");
        }
        return id.strip();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
