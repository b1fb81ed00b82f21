package io.switchboard.host.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pf4j.VersionManager;

/**
 * Uploaded plugin zips waiting for an admin's confirmation. An upload is checked completely
 * here (size, entries, paths, links, descriptor, API range, signature) and kept in a staging
 * directory PF4J never scans; only {@link PluginHost#install} moves it where PF4J loads it.
 */
final class PluginUploads {

    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final int MAX_STAGED = 20;
    private static final Map<String, String> EXTENSION_POINTS = Map.of(
            "io/switchboard/api/channel/ChannelConnector", "channel",
            "io/switchboard/api/channel/AbstractChannelConnector", "channel",
            "io/switchboard/api/survey/SurveyType", "survey",
            "io/switchboard/api/metric/MetricType", "metric");

    /** A checked upload and where its zip waits. */
    record Staged(PluginPreview preview, Path zip) {
    }

    private final Path stagingDir;
    private final SigningKeys keys;
    private final Map<String, Staged> staged = new ConcurrentHashMap<>();

    PluginUploads(Path stagingDir, SigningKeys keys) {
        this.stagingDir = stagingDir;
        this.keys = keys;
        try {
            Files.createDirectories(stagingDir);
            try (var leftovers = Files.list(stagingDir)) {
                for (Path file : leftovers.toList()) {
                    Files.deleteIfExists(file); // uploads do not survive a restart
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + stagingDir, e);
        }
    }

    /** Checks and stages an upload; {@code installedVersion} tells whether it installs or upgrades. */
    Staged stage(byte[] zip, String signature, String systemVersion, VersionManager versions,
                 Function<String, Optional<String>> installedVersion) throws IOException {
        if (zip.length > MAX_BYTES) {
            throw new UploadTooLargeException(MAX_BYTES);
        }
        if (zip.length == 0) {
            throw new UploadRefusedException("the upload is empty: send the plugin zip as the request body");
        }
        byte[] digest = SigningKeys.sha256(zip);
        PluginArchive archive = PluginArchive.read(zip);
        Properties descriptor = PluginDescriptorCheck.check(archive.file("plugin.properties"), systemVersion, versions);
        List<PluginPreview.Extension> extensions = extensions(archive);
        Optional<SigningKey> signer = keys.verify(digest, signature);
        String id = descriptor.getProperty("plugin.id").strip();
        String version = descriptor.getProperty("plugin.version").strip();
        Optional<String> installed = installedVersion.apply(id);
        String uploadId = HexFormat.of().formatHex(digest);
        PluginPreview preview = new PluginPreview(uploadId, id, version, trimmed(descriptor, "plugin.provider"),
                trimmed(descriptor, "plugin.description"), descriptor.getProperty("plugin.requires").strip(),
                trimmed(descriptor, "plugin.license"), uploadId, zip.length, archive.entryCount(),
                signer.map(SigningKey::name).orElse(null), extensions, installed.orElse(null),
                installed.isPresent() ? "upgrade" : "install");
        if (staged.size() >= MAX_STAGED && !staged.containsKey(uploadId)) {
            throw new UploadRefusedException(MAX_STAGED + " uploads are waiting already; install or discard some");
        }
        Path file = stagingDir.resolve(uploadId + ".zip");
        Files.write(file, zip);
        Staged result = new Staged(preview, file);
        staged.put(uploadId, result);
        return result;
    }

    Optional<Staged> find(String uploadId) {
        return Optional.ofNullable(staged.get(uploadId));
    }

    List<PluginPreview> list() {
        return staged.values().stream().map(Staged::preview).toList();
    }

    void discard(String uploadId) {
        Staged removed = staged.remove(uploadId);
        if (removed != null) {
            try {
                Files.deleteIfExists(removed.zip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<PluginPreview.Extension> extensions(PluginArchive archive) {
        byte[] index = archive.file("classes/META-INF/extensions.idx");
        List<PluginPreview.Extension> found = new ArrayList<>();
        if (index != null) {
            for (String line : new String(index, StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    found.add(new PluginPreview.Extension(name, extensionPoint(archive, name.replace('.', '/'))));
                }
            }
        }
        if (found.isEmpty()) {
            throw new UploadRefusedException("the plugin declares no extensions (classes/META-INF/extensions.idx is"
                    + " missing or empty): did PF4J's annotation processor run when it was compiled?");
        }
        return List.copyOf(found);
    }

    /** Follows super classes and interfaces inside the zip until one is a known extension point. */
    private static String extensionPoint(PluginArchive archive, String internalName) {
        Deque<String> todo = new ArrayDeque<>(List.of(internalName));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (EXTENSION_POINTS.containsKey(name)) {
                return EXTENSION_POINTS.get(name);
            }
            byte[] bytes = archive.file("classes/" + name + ".class");
            if (bytes == null || !seen.add(name)) {
                continue;
            }
            ClassHeader.read(bytes).ifPresent(header -> {
                if (header.superName() != null) {
                    todo.add(header.superName());
                }
                todo.addAll(header.interfaces());
            });
        }
        return "other";
    }

    private static String trimmed(Properties properties, String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
