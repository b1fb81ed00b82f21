package io.switchboard.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code @Beta} changes the compatibility rules: an element recorded as beta, or a member of a type
 * recorded as beta, may change or go away; the difference is reported (as compatible, marked exempt, so
 * the dump must still be updated) but never fails the build as incompatible.
 */
class BetaRulesTest {

    private static final String BETA = "@io.switchboard.api.Beta ";

    @TempDir
    Path dir;

    @Test
    void aRemovedBetaMethodIsReportedButNotIncompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { String greet(String name); " + BETA + "void wave(); }",
                "public interface Greeter { String greet(String name); }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("removed (exempt as @Beta): method fixture.Greeter#wave(): @Beta public abstract void"),
                diff.compatible());
    }

    @Test
    void aChangedBetaMethodIsReportedButNotIncompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { " + BETA + "String greet(String name); }",
                "public interface Greeter { " + BETA + "CharSequence greet(String name); }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("changed (exempt as @Beta): method fixture.Greeter#greet(java.lang.String):"
                + " @Beta public abstract java.lang.String\n       to: method fixture.Greeter#greet(java.lang.String):"
                + " @Beta public abstract java.lang.CharSequence"), diff.compatible());
    }

    @Test
    void aRemovedBetaTypeIsReportedOnceWithItsMembersButNotIncompatible() {
        ApiDiff diff = diff(new String[] {
                "public interface Greeter { String greet(String name); }",
                BETA + "public record Point(int x, int y) {}"},
                new String[] {"public interface Greeter { String greet(String name); }"});

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("removed (exempt as @Beta): type fixture.Point: @Beta public record (and its 3 members)"),
                diff.compatible());
    }

    @Test
    void aChangedMemberOfABetaTypeIsReportedButNotIncompatible() {
        ApiDiff diff = diff(
                BETA + "public record Point(int x, int y) {}",
                BETA + "public record Point(int x, long y) {}");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of(
                "changed (exempt as @Beta): component fixture.Point#y: int, index 1"
                        + "\n       to: component fixture.Point#y: long, index 1",
                "removed (exempt as @Beta): constructor fixture.Point(int, int): public",
                "added: constructor fixture.Point(int, long): public"), diff.compatible());
    }

    @Test
    void aMemberOfATypeNestedInABetaTypeIsExempt() {
        ApiDiff diff = diff(
                BETA + "public interface Shapes { record Circle(double r) {} }",
                BETA + "public interface Shapes { record Circle(float r) {} }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(3, diff.compatible().size(), diff::toString);
    }

    @Test
    void aNewAbstractMethodOnABetaInterfaceIsReportedButNotIncompatible() {
        ApiDiff diff = diff(
                BETA + "public interface Greeter { String greet(String name); }",
                BETA + "public interface Greeter { String greet(String name); void wave(); }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("added (exempt as @Beta): method fixture.Greeter#wave(): public abstract void"),
                diff.compatible());
    }

    @Test
    void aRemovedPermittedSubtypeThatIsBetaIsNotIncompatible() {
        ApiDiff diff = diff(
                """
                public sealed interface Shape permits Shape.Circle, Shape.Square {
                    record Circle(double r) implements Shape {}
                    @io.switchboard.api.Beta record Square(double side) implements Shape {}
                }""",
                "public sealed interface Shape permits Shape.Circle { record Circle(double r) implements Shape {} }");

        assertEquals(List.of(), diff.incompatible());
    }

    @Test
    void aBetaElementThatGraduatesIsCompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { " + BETA + "String greet(String name); }",
                "public interface Greeter { String greet(String name); }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("changed (exempt as @Beta): method fixture.Greeter#greet(java.lang.String):"
                + " @Beta public abstract java.lang.String\n       to: method fixture.Greeter#greet(java.lang.String):"
                + " public abstract java.lang.String"), diff.compatible());
    }

    @Test
    void markingAReleasedStableElementBetaIsIncompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { String greet(String name); }",
                "public interface Greeter { " + BETA + "String greet(String name); }");

        assertEquals(List.of("changed: method fixture.Greeter#greet(java.lang.String): public abstract java.lang.String"
                + "\n       to: method fixture.Greeter#greet(java.lang.String): @Beta public abstract java.lang.String"),
                diff.incompatible());
    }

    @Test
    void aNewBetaAbstractMethodOnAStableInterfaceIsStillIncompatible() {
        ApiDiff diff = diff(
                "public interface Greeter { String greet(String name); }",
                "public interface Greeter { String greet(String name); " + BETA + "void wave(); }");

        assertEquals(List.of("added abstract method to an existing type, which breaks its implementations:"
                + " method fixture.Greeter#wave(): @Beta public abstract void"), diff.incompatible());
    }

    @Test
    void theStableSiblingsOfABetaMemberAreNotExempt() {
        ApiDiff diff = diff(
                "public interface Greeter { String greet(String name); " + BETA + "void wave(); }",
                "public interface Greeter { }");

        assertEquals(List.of("removed: method fixture.Greeter#greet(java.lang.String): public abstract java.lang.String"),
                diff.incompatible());
        assertEquals(List.of("removed (exempt as @Beta): method fixture.Greeter#wave(): @Beta public abstract void"),
                diff.compatible());
    }

    private ApiDiff diff(String before, String after) {
        return diff(new String[] {before}, new String[] {after});
    }

    private ApiDiff diff(String[] before, String[] after) {
        return ApiDiff.between(Fixtures.recorded(dir.resolve("before"), before),
                Fixtures.api(dir.resolve("after"), after));
    }
}
