package io.switchboard.host;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The host talks to plugins only through plugin-api and PF4J: no host class may name a
 * plugin's class, and the stable API must not lean on the host.
 */
class HostDependencyRulesTest {

    private static JavaClasses hostClasses;

    @BeforeAll
    static void importHost() {
        hostClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.switchboard.host");
    }

    @Test
    void noHostClassDependsOnAPlugin() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.switchboard.plugins..")
                .because("plugins are loaded through PF4J only; nothing depends on a plugin")
                .check(hostClasses);
    }

    @Test
    void theBundledPluginsAreNotOnTheHostsClasspath() {
        org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class,
                () -> Class.forName("io.switchboard.plugins.webchat.WebChatConnector"),
                "plugin classes must reach the host only through their PF4J class loader");
    }
}
