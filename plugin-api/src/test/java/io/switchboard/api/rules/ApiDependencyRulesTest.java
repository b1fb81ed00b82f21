package io.switchboard.api.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.pf4j.ExtensionPoint;

/**
 * The plugin API's classes use the JDK, PF4J and each other, nothing else: every plugin compiles against
 * them, so a library type in the API would tie every plugin to that library's version. (Its Maven
 * dependencies are held to pf4j by the enforcer rule in plugin-api/pom.xml.)
 */
class ApiDependencyRulesTest {

    static final ArchRule API_USES_ONLY_JAVA_PF4J_AND_ITSELF = classes()
            .that().resideInAPackage("io.switchboard.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.pf4j..", "io.switchboard.api..")
            .because("plugins compile against plugin-api and must not inherit a library through it");

    @Test
    void thePluginApiUsesOnlyJavaPf4jAndItself() {
        JavaClasses api = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.switchboard.api");

        API_USES_ONLY_JAVA_PF4J_AND_ITSELF.check(api);
    }

    @Test
    void anApiClassThatUsesALibraryTypeBreaksTheRule() {
        EvaluationResult result = API_USES_ONLY_JAVA_PF4J_AND_ITSELF.evaluate(
                new ClassFileImporter().importClasses(UsesALibrary.class));

        assertTrue(result.hasViolation());
    }

    @Test
    void anApiClassThatUsesJavaPf4jAndArraysFollowsTheRule() {
        EvaluationResult result = API_USES_ONLY_JAVA_PF4J_AND_ITSELF.evaluate(
                new ClassFileImporter().importClasses(UsesJavaAndPf4j.class));

        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }

    /** A fixture in io.switchboard.api.. that leaks a library type (JUnit's) into its signature. */
    static final class UsesALibrary {
        TestInfo info() {
            return null;
        }
    }

    /** A fixture in io.switchboard.api.. with only allowed dependencies. */
    static final class UsesJavaAndPf4j implements ExtensionPoint {
        private HttpClient http;
        private List<String> names;
        private byte[] body;

        int size() {
            return names.size() + body.length + (http == null ? 0 : 1);
        }
    }
}
