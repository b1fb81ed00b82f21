package io.switchboard.plugins.whatsapp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** A plugin talks to the desk through plugin-api only: no host class, no other plugin. */
class WhatsAppDependencyRulesTest {

    @Test
    void thePluginDependsOnlyOnPluginApiPf4jTheJdkAndItsBundledLibraries() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.switchboard.api..",
                        "io.switchboard.plugins.whatsapp..", "io.switchboard.plugins.meta..", "org.pf4j..", "java..",
                        "com.google.gson..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.switchboard.plugins.whatsapp"));
    }
}
