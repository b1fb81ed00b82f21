package io.switchboard.api.compat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles small fixture APIs (Java sources in package {@code fixture}) so that the dumper and the
 * compatibility rules can be tested on a "before" and an "after" version of the same types. Fixtures
 * compile against the plugin API's own classes, so they can use its marker annotations
 * ({@code @io.switchboard.api.Beta}, {@code @io.switchboard.api.HostProvided}).
 */
final class Fixtures {

    static final String PACKAGE = "fixture";

    private static final Pattern TYPE_NAME = Pattern.compile(
            "(?:class|interface|enum|record|@interface)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    private Fixtures() {
    }

    /**
     * Compiles sources into {@code dir} and dumps their API.
     *
     * @param dir an empty directory
     * @param sources one compilation unit each, without the {@code package fixture;} line
     * @return the API of package {@code fixture}
     */
    static List<ApiElement> api(Path dir, String... sources) {
        compile(dir, sources);
        return ApiDumper.dump(dir, PACKAGE, Fixtures.class.getClassLoader());
    }

    /** The dump of a fixture API, recorded as API major version 1. */
    static ApiDump recorded(Path dir, String... sources) {
        return ApiDump.of(1, api(dir, sources));
    }

    /** The element lines of a fixture API. */
    static List<String> lines(Path dir, String... sources) {
        return api(dir, sources).stream().map(ApiElement::line).toList();
    }

    private static void compile(Path dir, String... sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("compiling fixtures needs a JDK, not just a JRE");
        }
        try {
            Path src = Files.createDirectories(dir.resolve("src").resolve(PACKAGE));
            List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn",
                    "-classpath", apiClasses().toString(), "-d", dir.toString()));
            for (String source : sources) {
                Matcher name = TYPE_NAME.matcher(source);
                if (!name.find()) {
                    throw new IllegalArgumentException("no type declared in fixture: " + source);
                }
                Path file = src.resolve(name.group(1) + ".java");
                Files.writeString(file, "package " + PACKAGE + ";\n" + source, StandardCharsets.UTF_8);
                arguments.add(file.toString());
            }
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int exit = compiler.run(null, errors, errors, arguments.toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalArgumentException("fixture does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the plugin API's compiled classes are, such as {@code target/classes}. */
    private static Path apiClasses() {
        try {
            return Path.of(io.switchboard.api.Beta.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
