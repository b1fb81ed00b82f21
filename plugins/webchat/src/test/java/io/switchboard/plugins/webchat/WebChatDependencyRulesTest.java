package io.switchboard.plugins.webchat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** A plugin talks to the desk through plugin-api only: no host class, no other plugin. */
class WebChatDependencyRulesTest {

    @Test
    void thePluginDependsOnlyOnPluginApiPf4jTheJdkAndItsOwnLibraries() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.switchboard.api..",
                        "io.switchboard.plugins.webchat..", "org.pf4j..", "java..", "javax.crypto..",
                        "com.google.gson..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.switchboard.plugins.webchat"));
    }
}
