package io.switchboard.host.plugins;

import java.util.List;
import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin class loader that takes the shared contract from the host, whatever the plugin
 * bundles: plugin-api, PF4J, jakarta.* and SLF4J. A plugin that ships its own copy of one of
 * them would otherwise get classes the host cannot cast. Host-first, not host-only: a class of
 * those packages that the host does not have (jakarta.mail, which the email plugin bundles)
 * comes from the plugin, since there is nothing of the host's to share. Everything else is
 * plugin-first.
 */
final class HostFirstClassLoader extends PluginClassLoader {

    static final List<String> HOST_PACKAGES = List.of("io.switchboard.api.", "org.pf4j.", "jakarta.", "org.slf4j.");

    HostFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        if (isHostPackage(className)) {
            synchronized (getClassLoadingLock(className)) {
                try {
                    return getParent().loadClass(className);
                } catch (ClassNotFoundException notInHost) {
                    return super.loadClass(className);
                }
            }
        }
        return super.loadClass(className);
    }

    static boolean isHostPackage(String className) {
        for (String prefix : HOST_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
