package io.switchboard.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.Beta;
import io.switchboard.api.HostProvided;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the API dump records, one line per element, and what it leaves out. */
class ApiDumperTest {

    @TempDir
    Path dir;

    @Test
    void aTypeIsRecordedWithItsKindModifiersTypeParametersAndSupertypes() {
        List<String> api = Fixtures.lines(dir, """
                public abstract class Shape<T extends Comparable<T>> implements Runnable, java.io.Serializable {
                    protected Shape() {}
                }""");

        assertTrue(api.contains("type fixture.Shape: public abstract class <T extends java.lang.Comparable<T>>"
                + " implements java.io.Serializable, java.lang.Runnable"), api::toString);
    }

    @Test
    void aMethodIsRecordedWithItsFullGenericSignatureAndWhetherItIsAbstractDefaultOrStatic() {
        List<String> api = Fixtures.lines(dir, """
                public interface Store<V> {
                    <K extends Comparable<K>> java.util.Optional<V> find(K key, java.util.List<? super V> sink)
                            throws java.io.IOException;
                    default int size() { return 0; }
                    static <V> Store<V> empty() { return null; }
                }""");

        assertEquals(List.of(
                "type fixture.Store: public interface <V>",
                "method fixture.Store#empty(): public static <V> fixture.Store<V>",
                "method fixture.Store#find(K, java.util.List<? super V>): public abstract"
                        + " <K extends java.lang.Comparable<K>> java.util.Optional<V> throws java.io.IOException",
                "method fixture.Store#size(): public default int"), api);
    }

    @Test
    void varargsParametersAreRecordedAsVarargs() {
        List<String> api = Fixtures.lines(dir, """
                public final class Joiner {
                    private Joiner() {}
                    public static String join(String separator, String... parts) { return ""; }
                }""");

        assertTrue(api.contains("method fixture.Joiner#join(java.lang.String, java.lang.String...):"
                + " public static java.lang.String"), api::toString);
    }

    @Test
    void aRecordIsRecordedWithItsComponentsInOrderAndItsCanonicalConstructor() {
        List<String> api = Fixtures.lines(dir, """
                public record Point(int y, java.util.List<String> tags) {
                    public Point {
                        tags = java.util.List.copyOf(tags);
                    }
                }""");

        assertEquals(List.of(
                "type fixture.Point: public record",
                "component fixture.Point#y: int, index 0",
                "component fixture.Point#tags: java.util.List<java.lang.String>, index 1",
                "constructor fixture.Point(int, java.util.List<java.lang.String>): public"), api);
    }

    @Test
    void anEnumIsRecordedWithItsConstantsAndFields() {
        List<String> api = Fixtures.lines(dir, """
                public enum Level {
                    LOW, HIGH;
                    public static final int MAX = 2;
                }""");

        assertEquals(List.of(
                "type fixture.Level: public enum",
                "enum-constant fixture.Level#HIGH",
                "enum-constant fixture.Level#LOW",
                "field fixture.Level#MAX: public static final int"), api);
    }

    @Test
    void aSealedTypeIsRecordedWithEachPermittedSubtype() {
        List<String> api = Fixtures.lines(dir, """
                public sealed interface Result permits Result.Ok, Result.Failed {
                    record Ok() implements Result {}
                    record Failed(String why) implements Result {}
                }""");

        assertEquals(List.of(
                "type fixture.Result: public sealed interface",
                "sealed fixture.Result permits fixture.Result$Failed",
                "sealed fixture.Result permits fixture.Result$Ok",
                "type fixture.Result$Failed: public static record implements fixture.Result",
                "component fixture.Result$Failed#why: java.lang.String, index 0",
                "constructor fixture.Result$Failed(java.lang.String): public",
                "type fixture.Result$Ok: public static record implements fixture.Result",
                "constructor fixture.Result$Ok(): public"), api);
    }

    @Test
    void membersTheCompilerOrObjectProvideAreLeftOut() {
        List<String> api = Fixtures.lines(dir, """
                public record Money(long cents) {
                    @Override public String toString() { return cents + "c"; }
                    @Override public long cents() { return cents; }
                    public Money plus(Money other) { return new Money(cents + other.cents); }
                }""", """
                public enum Coin {
                    HEADS, TAILS;
                    public Coin flip() { return this == HEADS ? TAILS : HEADS; }
                }""");

        assertEquals(List.of(
                "type fixture.Coin: public enum",
                "enum-constant fixture.Coin#HEADS",
                "enum-constant fixture.Coin#TAILS",
                "method fixture.Coin#flip(): public fixture.Coin",
                "type fixture.Money: public record",
                "component fixture.Money#cents: long, index 0",
                "constructor fixture.Money(long): public",
                "method fixture.Money#plus(fixture.Money): public fixture.Money"), api);
    }

    @Test
    void privateAndPackagePrivateElementsAreLeftOut() {
        List<String> api = Fixtures.lines(dir, """
                public class Service {
                    private int count;
                    String name;
                    Service() {}
                    void reset() {}
                    private static class Helper { public void help() {} }
                    public void run() { java.util.function.Supplier<String> s = () -> name; }
                }""", """
                class Internal {
                    public void work() {}
                }""");

        assertEquals(List.of(
                "type fixture.Service: public class",
                "method fixture.Service#run(): public void"), api);
    }

    @Test
    void protectedMembersAreRecordedOnlyWhereAPluginCanSubclass() {
        List<String> api = Fixtures.lines(dir, """
                public abstract class Base {
                    protected Base() {}
                    protected abstract void hook();
                    protected final int limit = 1;
                }""", """
                public final class Closed {
                    protected void hook() {}
                }""");

        assertEquals(List.of(
                "type fixture.Base: public abstract class",
                "field fixture.Base#limit: protected final int",
                "constructor fixture.Base(): protected",
                "method fixture.Base#hook(): protected abstract void",
                "type fixture.Closed: public final class",
                "constructor fixture.Closed(): public"), api);
    }

    @Test
    void anAnnotationElementIsRecordedWithItsDefaultValue() {
        List<String> api = Fixtures.lines(dir, """
                public @interface Tag {
                    String value();
                    int[] weights() default {1, 2};
                }""");

        assertEquals(List.of(
                "type fixture.Tag: public @interface",
                "method fixture.Tag#value(): public abstract java.lang.String",
                "method fixture.Tag#weights(): public abstract int[] (default: {1, 2})"), api);
    }

    @Test
    void theMarkerAnnotationsAreRetainedAtRunTimeSoTheDumperCanReadThem() {
        assertEquals(RetentionPolicy.RUNTIME, Beta.class.getAnnotation(Retention.class).value());
        assertEquals(RetentionPolicy.RUNTIME, HostProvided.class.getAnnotation(Retention.class).value());
    }

    @Test
    void aHostProvidedInterfaceIsRecordedWithTheMarkerOnItsTypeLine() {
        List<String> api = Fixtures.lines(dir, """
                @io.switchboard.api.HostProvided
                public interface Store {
                    String get(String key);
                }""");

        assertEquals(List.of(
                "type fixture.Store: @HostProvided public interface",
                "method fixture.Store#get(java.lang.String): public abstract java.lang.String"), api);
    }

    @Test
    void aBetaMarkerIsRecordedOnEachElementItAnnotates() {
        List<String> api = Fixtures.lines(dir, """
                @io.switchboard.api.Beta
                public final class Meter {
                    @io.switchboard.api.Beta public static final int MAX = 9;
                    @io.switchboard.api.Beta public Meter() {}
                    @io.switchboard.api.Beta public void reset() {}
                    public void read() {}
                }""", """
                public enum Level {
                    LOW, @io.switchboard.api.Beta HIGH
                }""");

        assertEquals(List.of(
                "type fixture.Level: public enum",
                "enum-constant fixture.Level#HIGH: @Beta",
                "enum-constant fixture.Level#LOW",
                "type fixture.Meter: @Beta public final class",
                "field fixture.Meter#MAX: @Beta public static final int",
                "constructor fixture.Meter(): @Beta public",
                "method fixture.Meter#read(): public void",
                "method fixture.Meter#reset(): @Beta public void"), api);
    }
}
