package io.switchboard.host.plugins;

import io.switchboard.api.PluginApi;
import java.nio.file.Path;
import java.util.List;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginStatusProvider;

/**
 * PF4J's manager with the host's rules: the plugin-api version as system version (so
 * {@code Plugin-Requires} is enforced), host-first loading of the shared contract, and
 * enabled/disabled state kept in the database.
 */
final class SwitchboardPluginManager extends DefaultPluginManager {

    private final PluginSettingsStore settings;

    SwitchboardPluginManager(List<Path> roots, PluginSettingsStore settings) {
        super(roots);
        this.settings = settings;
        setSystemVersion(PluginApi.version());
        // DefaultPluginManager created its status provider before our field was set.
        this.pluginStatusProvider = settings;
    }

    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return settings;
    }

    @Override
    protected PluginLoader createPluginLoader() {
        ClassLoader hostLoader = getClass().getClassLoader();
        return new CompoundPluginLoader()
                .add(new DefaultPluginLoader(this) {
                    @Override
                    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                        return new HostFirstClassLoader(pluginManager, descriptor, hostLoader);
                    }
                })
                .add(new JarPluginLoader(this) {
                    @Override
                    public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                        HostFirstClassLoader loader = new HostFirstClassLoader(pluginManager, descriptor, hostLoader);
                        loader.addFile(pluginPath.toFile());
                        return loader;
                    }
                });
    }
}
