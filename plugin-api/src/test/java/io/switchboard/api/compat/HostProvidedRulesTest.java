package io.switchboard.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@code @HostProvided} changes the compatibility rules: the host implements such an interface and
 * plugins only call it, so it may gain abstract methods, while what plugins call stays as it is. Whether a
 * type is host-provided is read from the recorded API.
 */
class HostProvidedRulesTest {

    private static final String HOST_PROVIDED = "@io.switchboard.api.HostProvided ";

    @TempDir
    Path dir;

    @Test
    void aNewAbstractMethodOnAnExistingHostProvidedInterfaceIsCompatible() {
        ApiDiff diff = diff(
                HOST_PROVIDED + "public interface Store { String get(String key); }",
                HOST_PROVIDED + "public interface Store { String get(String key); void put(String key, String value); }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("added: method fixture.Store#put(java.lang.String, java.lang.String): public abstract void"),
                diff.compatible());
    }

    @Test
    void aRemovedMethodOfAHostProvidedInterfaceIsIncompatible() {
        ApiDiff diff = diff(
                HOST_PROVIDED + "public interface Store { String get(String key); void put(String key, String value); }",
                HOST_PROVIDED + "public interface Store { String get(String key); }");

        assertEquals(List.of("removed: method fixture.Store#put(java.lang.String, java.lang.String): public abstract void"),
                diff.incompatible());
    }

    @Test
    void aChangedMethodOfAHostProvidedInterfaceIsIncompatible() {
        ApiDiff diff = diff(
                HOST_PROVIDED + "public interface Store { String get(String key); }",
                HOST_PROVIDED + "public interface Store { java.util.Optional<String> get(String key); }");

        assertEquals(List.of("changed: method fixture.Store#get(java.lang.String): public abstract java.lang.String"
                + "\n       to: method fixture.Store#get(java.lang.String): public abstract"
                + " java.util.Optional<java.lang.String>"), diff.incompatible());
    }

    @Test
    void removingHostProvidedFromATypeIsCompatible() {
        ApiDiff diff = diff(
                HOST_PROVIDED + "public interface Store { String get(String key); }",
                "public interface Store { String get(String key); }");

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("changed: type fixture.Store: @HostProvided public interface"
                + "\n       to: type fixture.Store: public interface"), diff.compatible());
    }

    @Test
    void addingHostProvidedToAnExistingInterfaceIsIncompatibleBecausePluginsMayImplementIt() {
        ApiDiff diff = diff(
                "public interface Store { String get(String key); }",
                HOST_PROVIDED + "public interface Store { String get(String key); }");

        assertEquals(List.of("marked @HostProvided, which would let the host add abstract methods that break"
                + " plugins implementing it: type fixture.Store: public interface"
                + "\n       to: type fixture.Store: @HostProvided public interface"), diff.incompatible());
    }

    @Test
    void addingHostProvidedDoesNotExcuseANewAbstractMethodInTheSameChange() {
        ApiDiff diff = diff(
                "public interface Store { String get(String key); }",
                HOST_PROVIDED + "public interface Store { String get(String key); void put(String key, String value); }");

        assertEquals(2, diff.incompatible().size(), diff::toString);
        assertEquals("added abstract method to an existing type, which breaks its implementations:"
                + " method fixture.Store#put(java.lang.String, java.lang.String): public abstract void",
                diff.incompatible().get(1));
    }

    @Test
    void aNewHostProvidedInterfaceIsCompatible() {
        ApiDiff diff = diff(new String[] {"public interface Greeter { String greet(String name); }"},
                new String[] {"public interface Greeter { String greet(String name); }",
                        HOST_PROVIDED + "public interface Store { String get(String key); }"});

        assertEquals(List.of(), diff.incompatible());
        assertEquals(List.of("added: type fixture.Store: @HostProvided public interface",
                "added: method fixture.Store#get(java.lang.String): public abstract java.lang.String"),
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
