package io.switchboard.plugins.meta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared library is plugin code too: plugin-api, the JDK and Gson, nothing of the host. */
class MetaCommonDependencyRulesTest {

    @Test
    void theLibraryDependsOnlyOnPluginApiTheJdkAndGson() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("io.switchboard.api..",
                        "io.switchboard.plugins.meta..", "java..", "javax.crypto..", "com.google.gson..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.switchboard.plugins.meta"));
    }
}
