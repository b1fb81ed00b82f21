package io.switchboard.plugins.twilio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared Twilio library sits beside the plugins: plugin-api, the JDK and Gson only. */
class TwilioCommonDependencyRulesTest {

    @Test
    void theLibraryDependsOnlyOnPluginApiTheJdkAndGson() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.switchboard.api..",
                        "io.switchboard.plugins.twilio..", "java..", "javax.crypto..", "com.google.gson..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.switchboard.plugins.twilio"));
    }
}
