package io.switchboard.host.plugins;

import io.switchboard.host.audit.Actor;
import io.switchboard.host.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads, installs, upgrades and removes plugins in a running desk. Uploaded plugins live in
 * {@code DATA_DIR/plugins} as {@code id-version.zip} (PF4J unpacks each next to its zip);
 * bundled plugins are read-only. Every change is serialised with the other admin operations
 * on the {@link PluginHost} and recorded in the audit log.
 */
public final class PluginInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(PluginInstaller.class);

    private final PluginHost host;
    private final PluginUploads uploads;
    private final List<PluginDependents> dependents = new CopyOnWriteArrayList<>();

    PluginInstaller(PluginHost host, PluginUploads uploads) {
        this.host = host;
        this.uploads = uploads;
    }

    /** Where uploaded plugins are installed ({@code DATA_DIR/plugins}). */
    public Path installDir() {
        return host.installDir;
    }

    public void addDependents(PluginDependents registered) {
        dependents.add(registered);
    }

    /** Checks an upload completely and stages it; nothing of it runs. */
    public PluginPreview upload(InputStream zip, String signature, Actor actor) {
        PluginUploads.Staged staged;
        try {
            // Read before taking the admin lock: a slow upload must not hold up other admin operations.
            byte[] bytes = zip.readNBytes(PluginUploads.MAX_BYTES + 1);
            synchronized (host) {
                staged = uploads.stage(bytes, signature, host.systemVersion(), host.manager.getVersionManager(),
                        id -> Optional.ofNullable(host.manager.getPlugin(id)).map(p -> p.getDescriptor().getVersion()));
            }
        } catch (UploadTooLargeException e) {
            host.audit.record(actor, "plugin.upload-refused", null, e.getMessage());
            throw new Problem(413, "Payload too large", e.getMessage(), Map.of());
        } catch (UploadRefusedException e) {
            host.audit.record(actor, "plugin.upload-refused", null, e.getMessage());
            throw Problem.unprocessable("Plugin refused", e.getMessage(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PluginPreview preview = staged.preview();
        host.audit.record(actor, "plugin.uploaded", preview.id(), "version " + preview.version() + ", sha256 "
                + preview.sha256() + (preview.signedBy() == null ? ", unsigned" : ", signed by " + preview.signedBy()));
        return preview;
    }

    public List<PluginPreview> uploads() {
        return uploads.list();
    }

    public void discard(String uploadId, Actor actor) {
        PluginPreview preview = staged(uploadId).preview();
        uploads.discard(uploadId);
        host.audit.record(actor, "plugin.upload-discarded", preview.id(), "sha256 " + preview.sha256());
    }

    /** Installs a staged upload, or upgrades the installed plugin of the same id to it. */
    public PluginInfo install(String uploadId, Actor actor) {
        synchronized (host) {
            PluginUploads.Staged staged = staged(uploadId);
            PluginPreview preview = staged.preview();
            PluginWrapper installed = host.manager.getPlugin(preview.id());
            Path target = host.installDir.resolve(preview.id() + "-" + preview.version() + ".zip");
            if (installed != null) {
                checkUpgrade(installed, preview);
            }
            move(staged.zip(), target);
            uploads.discard(uploadId);
            return installed == null ? installNew(preview, target, actor) : upgrade(installed, preview, target, actor);
        }
    }

    private PluginInfo installNew(PluginPreview preview, Path target, Actor actor) {
        String id;
        try {
            id = host.manager.loadPlugin(target);
        } catch (RuntimeException e) {
            deleteFiles(target);
            host.audit.record(actor, "plugin.install-failed", preview.id(), e.getMessage());
            throw Problem.unprocessable("Plugin refused", "PF4J could not load the plugin: " + e.getMessage(),
                    Map.of());
        }
        host.audit.record(actor, "plugin.installed", id, "version " + preview.version() + ", sha256 "
                + preview.sha256());
        return host.enable(id, actor);
    }

    private void checkUpgrade(PluginWrapper installed, PluginPreview preview) {
        String current = installed.getDescriptor().getVersion();
        if (host.isBundled(installed)) {
            throw Problem.conflict("plugin '" + preview.id() + "' is bundled with this desk; it is upgraded with the"
                    + " desk, not by upload");
        }
        if (host.manager.getVersionManager().compareVersions(preview.version(), current) <= 0) {
            throw Problem.conflict("plugin '" + preview.id() + "' " + current + " is installed; an upgrade needs a"
                    + " newer version than " + preview.version() + " (uninstall first to go back)");
        }
    }

    /**
     * Replaces a plugin by a newer version: its instances close (in-flight deliveries finish or
     * are retried by the outbox; webhooks meanwhile answer 503), the old version is unloaded and
     * the new one started. If the new one fails, the old one is put back.
     */
    private PluginInfo upgrade(PluginWrapper installed, PluginPreview preview, Path target, Actor actor) {
        String id = installed.getPluginId();
        String oldVersion = installed.getDescriptor().getVersion();
        Path oldPath = installed.getPluginPath();
        host.stopQuietly(id);
        host.manager.unloadPlugin(id);
        try {
            host.manager.loadPlugin(target);
            PluginInfo after = host.enable(id, actor);
            if (!"started".equals(after.state())) {
                throw new IllegalStateException(after.failure() == null ? "it did not start" : after.failure());
            }
            deleteFiles(oldPath);
            host.audit.record(actor, "plugin.upgraded", id, oldVersion + " -> " + preview.version() + ", sha256 "
                    + preview.sha256());
            return after;
        } catch (RuntimeException e) {
            LOG.warn("Upgrade of plugin {} to {} failed; putting {} back", id, preview.version(), oldVersion, e);
            if (host.manager.getPlugin(id) != null) {
                host.stopQuietly(id);
                host.manager.unloadPlugin(id);
            }
            deleteFiles(target);
            host.manager.loadPlugin(zipOf(oldPath));
            host.enable(id, Actor.SYSTEM);
            host.audit.record(actor, "plugin.upgrade-failed", id, preview.version() + ": " + e.getMessage()
                    + "; " + oldVersion + " runs again");
            throw Problem.unprocessable("Upgrade failed", "version " + preview.version() + " could not start ("
                    + e.getMessage() + "); version " + oldVersion + " runs again", Map.of());
        }
    }

    /**
     * Removes an uploaded plugin: stops it, handles its channel instances as the admin chose,
     * unloads it, deletes its files and settings. Refused while instances exist and no choice
     * was made, and for bundled plugins.
     */
    public UninstallResult uninstall(String pluginId, PluginDependents.Choice choice, Actor actor) {
        synchronized (host) {
            host.requirePlugin(pluginId);
            PluginWrapper plugin = host.manager.getPlugin(pluginId);
            if (host.isBundled(plugin)) {
                throw Problem.conflict("plugin '" + pluginId + "' is bundled with this desk and cannot be removed;"
                        + " disable it instead");
            }
            host.rememberChannelTypes(pluginId);
            List<String> types = host.channelTypesOf(pluginId);
            List<String> found = new ArrayList<>();
            dependents.forEach(d -> found.addAll(d.of(pluginId, types)));
            if (!found.isEmpty() && choice == PluginDependents.Choice.REFUSE) {
                throw new Problem(409, "Plugin in use", "plugin '" + pluginId + "' still has " + String.join(", ",
                        found) + "; remove with channels=disable (kept, switched off) or channels=delete",
                        Map.of("dependents", found));
            }
            Path path = plugin.getPluginPath();
            String version = plugin.getDescriptor().getVersion();
            host.stopQuietly(pluginId);
            dependents.forEach(d -> d.release(pluginId, types, choice));
            host.manager.unloadPlugin(pluginId);
            deleteFiles(path);
            host.settings.forget(pluginId);
            host.forget(pluginId);
            host.guard.renewThreads();
            host.audit.record(actor, "plugin.uninstalled", pluginId, "version " + version + (found.isEmpty() ? ""
                    : "; " + (choice == PluginDependents.Choice.DELETE ? "deleted " : "disabled ")
                    + String.join(", ", found)));
            return new UninstallResult(pluginId, version, found, choice.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private PluginUploads.Staged staged(String uploadId) {
        return uploads.find(uploadId).orElseThrow(() -> Problem.notFound("no staged upload " + uploadId
                + " (uploads are forgotten once installed, discarded, or the desk restarts)"));
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install " + to, e);
        }
    }

    private static Path zipOf(Path pluginPath) {
        Path zip = pluginPath.resolveSibling(pluginPath.getFileName() + ".zip");
        return Files.exists(zip) ? zip : pluginPath;
    }

    /** Deletes a plugin's zip and the directory PF4J unpacked it to, whichever of the two it was given. */
    static void deleteFiles(Path pluginPath) {
        String name = pluginPath.getFileName().toString();
        Path dir = name.endsWith(".zip") ? pluginPath.resolveSibling(name.substring(0, name.length() - 4)) : pluginPath;
        Path zip = dir.resolveSibling(dir.getFileName() + ".zip");
        try {
            Files.deleteIfExists(zip);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            } else {
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + pluginPath, e);
        }
    }

    /**
     * What an uninstall did.
     *
     * @param dependents what depended on it (channel instances)
     * @param dependentsWere what happened to them: {@code refuse} (there were none), {@code disable} or {@code delete}
     */
    public record UninstallResult(String id, String version, List<String> dependents, String dependentsWere) {
    }
}
