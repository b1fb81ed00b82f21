package io.switchboard.plugins.sms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** A plugin talks to the desk through plugin-api only; Twilio mechanics come from the shared library. */
class SmsDependencyRulesTest {

    @Test
    void thePluginDependsOnlyOnPluginApiPf4jTheJdkAndTheTwilioLibrary() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.switchboard.api..",
                        "io.switchboard.plugins.sms..", "io.switchboard.plugins.twilio..", "org.pf4j..", "java..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.switchboard.plugins.sms"));
    }
}
