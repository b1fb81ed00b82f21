package io.switchboard.api.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which declarations need a Javadoc comment with {@code @since}, and how offenders are reported. */
class SinceTagScannerTest {

    @Test
    void aDocumentedTypeAndMembersPass() {
        assertEquals(List.of(), offenders("""
                /**
                 * A greeter.
                 *
                 * @since 1.0
                 */
                public interface Greeter {
                    /**
                     * Greets.
                     *
                     * @param name who
                     * @return the greeting
                     * @since 1.0
                     */
                    String greet(String name);
                }"""));
    }

    @Test
    void aPublicTypeWithoutJavadocIsReportedWithFileAndLine() {
        assertEquals(List.of("Greeter.java:2: interface Greeter has no Javadoc comment (with @since)"), offenders("""
                import java.util.List;
                public interface Greeter {
                }"""));
    }

    @Test
    void aJavadocWithoutSinceIsReported() {
        assertEquals(List.of("Greeter.java:2: interface Greeter has a Javadoc comment without @since"), offenders("""
                /** A greeter. */
                public interface Greeter {
                }"""));
    }

    @Test
    void aSinceInsideAnInlineTagDoesNotCount() {
        assertEquals(1, offenders("""
                /** A greeter, see {@since 1.0}. */
                public interface Greeter {
                }""").size());
    }

    @Test
    void aMemberDoesNotInheritItsTypesSince() {
        assertEquals(List.of("Greeter.java:3: method Greeter.greet() has no Javadoc comment (with @since)"), offenders("""
                /** A greeter. @since 1.0 */
                public interface Greeter {
                    String greet(String name);
                }"""));
    }

    @Test
    void membersOfAnInterfaceArePublicWithoutAModifierButPrivateOnesAreNot() {
        assertEquals(List.of(
                "Greeter.java:3: field Greeter.DEFAULT has no Javadoc comment (with @since)",
                "Greeter.java:4: method Greeter.shout() has no Javadoc comment (with @since)"), offenders("""
                /** A greeter. @since 1.0 */
                public interface Greeter {
                    String DEFAULT = "hi";
                    default String shout() { return helper(); }
                    private String helper() { return DEFAULT; }
                }"""));
    }

    @Test
    void privateAndPackagePrivateMembersOfAClassNeedNoJavadoc() {
        assertEquals(List.of(), offenders("""
                /** A counter. @since 1.0 */
                public final class Counter {
                    private int count;
                    static final String NAME = "c";
                    Counter() {}
                    void reset() { count = 0; }
                    private static class Helper { public void help() {} }
                }"""));
    }

    @Test
    void protectedMembersNeedJavadoc() {
        assertEquals(List.of("Base.java:3: constructor Base.Base() has no Javadoc comment (with @since)"), offenders("""
                /** A base. @since 1.0 */
                public abstract class Base {
                    protected Base() {}
                }"""));
    }

    @Test
    void enumConstantsMayUseAOneLineComment() {
        assertEquals(List.of("Level.java:6: enum constant Level.HIGH has a Javadoc comment without @since"),
                offenders("""
                /** A level. @since 1.0 */
                public enum Level {
                    /** Low. @since 1.0 */
                    LOW,
                    /** High. */
                    HIGH
                }"""));
    }

    @Test
    void recordConstructorsAndNestedTypesAreChecked() {
        assertEquals(List.of(
                "Result.java:4: record Result.Ok has no Javadoc comment (with @since)",
                "Result.java:5: compact constructor Result.Ok has no Javadoc comment (with @since)"), offenders("""
                /** A result. @since 1.0 */
                public sealed interface Result {
                    /** Failed. @since 1.0 */ record Failed(String why) implements Result {}
                    record Ok(String value) implements Result {
                        public Ok {
                        }
                    }
                }"""));
    }

    @Test
    void aJavadocAppliesAcrossTheAnnotationsThatFollowIt() {
        assertEquals(List.of("Value.java:12: method Value.bytes() has a Javadoc comment without @since"), offenders("""
                /** A value. @since 1.0 */
                @Deprecated(since = "1.2", forRemoval = false)
                public record Value(byte[] bytes) {
                    /**
                     * The bytes.
                     *
                     * @return a copy
                     */
                    @Override
                    @java.lang.SuppressWarnings({"unused", "all"})
                    public
                    byte[] bytes() { return bytes.clone(); }
                }"""));
    }

    @Test
    void codeInsideBodiesAndInitializersIsNotMistakenForDeclarations() {
        assertEquals(List.of(), offenders("""
                /** Quotes. @since 1.0 */
                public final class Quotes {
                    private static final java.util.function.Supplier<Object> ANON = () -> new Object() {
                        public String toString() { return "}"; }
                    };
                    private static final String BLOCK = \"""
                        public void notAMethod() { '"' }
                        \""";
                    private Quotes() {
                        char c = '{';
                        String s = "public int x;";
                    }
                }"""));
    }

    @Test
    void anAnnotationTypeAndItsElementsAreChecked() {
        assertEquals(List.of("Tag.java:3: method Tag.value() has no Javadoc comment (with @since)"), offenders("""
                /** A tag. @since 1.0 */
                public @interface Tag {
                    String value() default "x";
                }"""));
    }

    private static List<String> offenders(String source) {
        String file = source.replaceAll("(?s).*?(?:class|interface|enum|record)\\s+(\\w+).*", "$1") + ".java";
        return SinceTagScanner.scan(file, source).stream().map(SinceTagScanner.Offender::toString).toList();
    }
}
