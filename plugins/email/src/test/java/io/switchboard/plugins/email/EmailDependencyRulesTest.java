package io.switchboard.plugins.email;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** A plugin talks to the desk through plugin-api only: no host class, no other plugin. */
class EmailDependencyRulesTest {

    @Test
    void thePluginDependsOnlyOnPluginApiPf4jTheJdkAndItsMailAndHtmlLibraries() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.switchboard.api..",
                        "io.switchboard.plugins.email..", "org.pf4j..", "java..", "jakarta.mail..",
                        "jakarta.activation..", "org.eclipse.angus.mail..", "org.jsoup..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.switchboard.plugins.email"));
    }
}
