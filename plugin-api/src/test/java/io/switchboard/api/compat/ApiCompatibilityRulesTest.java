package io.switchboard.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which changes to an API are incompatible (they break code built against the recorded API) and which
 * are compatible, checked on small fixture APIs compiled before and after the change.
 */
class ApiCompatibilityRulesTest {

    @TempDir
    Path dir;

    @Test
    void anUnchangedApiHasNoDifferences() {
        String greeter = "public interface Greeter { String greet(String name); }";

        ApiDiff diff = diff(greeter, greeter);

        assertTrue(diff.isEmpty(), diff::toString);
    }

    @Test
    void aRemovedMethodIsIncompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { String greet(String name); void wave(); }",
                "public interface Greeter { String greet(String name); }");

        assertEquals(List.of("removed: method fixture.Greeter#wave(): public abstract void"), diff.incompatible());
    }

    @Test
    void aChangedReturnTypeIsIncompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { String greet(String name); }",
                "public interface Greeter { CharSequence greet(String name); }");

        assertEquals(List.of("changed: method fixture.Greeter#greet(java.lang.String): public abstract java.lang.String"
                + "\n       to: method fixture.Greeter#greet(java.lang.String): public abstract java.lang.CharSequence"),
                diff.incompatible());
    }

    @Test
    void aChangedRecordComponentIsIncompatible() {
        ApiDiff diff = diff(
                "public record Point(int x, int y) {}",
                "public record Point(int x, long y) {}");

        assertEquals(List.of(
                "changed: component fixture.Point#y: int, index 1\n       to: component fixture.Point#y: long, index 1",
                "removed: constructor fixture.Point(int, int): public"),
                diff.incompatible());
    }

    @Test
    void aRemovedTypeIsReportedOnceWithTheNumberOfItsMembers() {
        ApiDiff diff = diff(new String[] {
                "public interface Greeter { String greet(String name); }",
                "public record Point(int x, int y) {}"},
                new String[] {"public interface Greeter { String greet(String name); }"});

        assertEquals(List.of("removed: type fixture.Point: public record (and its 3 members)"), diff.incompatible());
    }

    @Test
    void aNewAbstractMethodOnAnExistingInterfaceIsIncompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { String greet(String name); }",
                "public interface Greeter { String greet(String name); void wave(); }");

        assertEquals(List.of("added abstract method to an existing type, which breaks its implementations:"
                + " method fixture.Greeter#wave(): public abstract void"), diff.incompatible());
    }

    @Test
    void aNewAbstractMethodOnAnExistingExtensibleAbstractClassIsIncompatible() {
        ApiDiff diff = diff(
                "public abstract class Task { protected Task() {} }",
                "public abstract class Task { protected Task() {} protected abstract void run(); }");

        assertEquals(1, diff.incompatible().size(), diff::toString);
    }

    @Test
    void aNewRequiredElementOfAnExistingAnnotationIsIncompatible() {
        ApiDiff diff = diff(
                "public @interface Tag { String value(); }",
                "public @interface Tag { String value(); int weight(); }");

        assertEquals(1, diff.incompatible().size(), diff::toString);
    }

    @Test
    void aNewDefaultMethodOnAnExistingInterfaceIsCompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { String greet(String name); }",
                "public interface Greeter { String greet(String name); default void wave() {} }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("added: method fixture.Greeter#wave(): public default void"), diff.compatible());
    }

    @Test
    void aNewAbstractMethodOnANewInterfaceIsCompatible() {
        ApiDiff diff = diff(new String[] {"public interface Greeter { String greet(String name); }"},
                new String[] {"public interface Greeter { String greet(String name); }",
                        "public interface Waver { void wave(); }"});

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("added: type fixture.Waver: public interface",
                "added: method fixture.Waver#wave(): public abstract void"), diff.compatible());
    }

    @Test
    void aNewAbstractMethodOnASealedInterfaceIsCompatibleBecauseOnlyTheApiImplementsIt() {
        ApiDiff diff = diff(
                "public sealed interface Shape permits Shape.Circle { record Circle(double r) implements Shape {} }",
                """
                public sealed interface Shape permits Shape.Circle {
                    double area();
                    record Circle(double r) implements Shape { public double area() { return r * r * Math.PI; } }
                }""");

        assertEquals(List.of(), diff.incompatible());
    }

    @Test
    void aNewPermittedSubtypeOfASealedInterfaceIsCompatible() {
        ApiDiff diff = diff(
                "public sealed interface Shape permits Shape.Circle { record Circle(double r) implements Shape {} }",
                """
                public sealed interface Shape permits Shape.Circle, Shape.Square {
                    record Circle(double r) implements Shape {}
                    record Square(double side) implements Shape {}
                }""");

        assertEquals(List.of(), diff.incompatible());
        assertTrue(diff.compatible().contains("added: sealed fixture.Shape permits fixture.Shape$Square"),
                diff::toString);
    }

    @Test
    void aRemovedPermittedSubtypeIsIncompatible() {
        ApiDiff diff = diff(
                """
                public sealed interface Shape permits Shape.Circle, Shape.Square {
                    record Circle(double r) implements Shape {}
                    record Square(double side) implements Shape {}
                }""",
                "public sealed interface Shape permits Shape.Circle { record Circle(double r) implements Shape {} }");

        assertTrue(diff.incompatible().contains("removed: sealed fixture.Shape permits fixture.Shape$Square"),
                diff::toString);
    }

    @Test
    void aNewEnumConstantIsCompatible() {
        ApiDiff diff = diff("public enum Level { LOW, HIGH }", "public enum Level { LOW, MEDIUM, HIGH }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("added: enum-constant fixture.Level#MEDIUM"), diff.compatible());
    }

    @Test
    void anAbstractMethodThatGainsADefaultBodyIsCompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { String greet(String name); }",
                "public interface Greeter { default String greet(String name) { return name; } }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(1, diff.compatible().size(), diff::toString);
    }

    @Test
    void aDefaultMethodThatLosesItsBodyIsIncompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { default String greet(String name) { return name; } }",
                "public interface Greeter { String greet(String name); }");

        assertEquals(1, diff.incompatible().size(), diff::toString);
    }

    @Test
    void aTypeThatBecomesSealedIsIncompatible() {
        ApiDiff diff = diff(
                "public interface Shape {}",
                "public sealed interface Shape permits Circle {}",
                "public record Circle(double r) implements Shape {}");

        assertTrue(diff.incompatible().contains("changed: type fixture.Shape: public interface"
                + "\n       to: type fixture.Shape: public sealed interface"), diff::toString);
    }

    private ApiDiff diff(String before, String... after) {
        return diff(new String[] {before}, after);
    }

    private ApiDiff diff(String[] before, String[] after) {
        return ApiDiff.between(Fixtures.recorded(dir.resolve("before"), before),
                Fixtures.api(dir.resolve("after"), after));
    }
}
