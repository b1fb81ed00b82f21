package io.switchboard.api.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the API elements of Java sources that lack a Javadoc comment with an {@code @since} tag: every
 * public top-level type, and every public or protected member (method, constructor, compact constructor,
 * field, enum constant, nested type) of such a type, where members of interfaces and annotations are
 * public unless private. Each element needs its own comment; a member does not inherit its type's. An enum
 * constant's comment may be one line ({@code /** Text. @since 1.0 *&#47;}).
 *
 * <p>A small scanner over the source text, not a compiler: it skips comments, string and character
 * literals and text blocks, and the bodies of methods, initializers and field initializers, and reads
 * declarations only at the top of type bodies.
 */
final class SinceTagScanner {

    /** An element without a proper {@code @since}, with where it is declared. */
    record Offender(String file, int line, String element, String problem) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + element + " " + problem;
        }
    }

    private static final Pattern SINCE = Pattern.compile("(?<!\\{)@since\\s+\\d+(\\.\\d+)*");
    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record", "@interface");
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final",
            "abstract", "default", "sealed", "non", "-", "strictfp", "synchronized", "native", "transient",
            "volatile");

    private enum Kind { WORD, SYMBOL, DOC, LITERAL }

    private record Token(Kind kind, String text, int line) {
        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }
    }

    /** A type body being read: its kind keyword, simple name, and whether its members are API. */
    private record Context(String kind, String name, boolean api) {
        boolean membersImplicitlyPublic() {
            return kind.equals("interface") || kind.equals("@interface");
        }
    }

    private final String file;
    private final List<Token> tokens;
    private final List<Offender> offenders = new ArrayList<>();
    private int pos;

    private SinceTagScanner(String file, String source) {
        this.file = file;
        this.tokens = tokenize(source);
    }

    /**
     * The offenders among all {@code .java} files below a source root, except {@code package-info.java}
     * and {@code module-info.java}.
     *
     * @param root such as {@code src/main/java}
     * @return the offenders, reported with paths relative to {@code root}
     */
    static List<Offender> scanTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Offender> offenders = new ArrayList<>();
            for (Path path : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = path.getFileName().toString();
                if (!name.equals("package-info.java") && !name.equals("module-info.java")) {
                    String relative = root.relativize(path).toString().replace('\\', '/');
                    offenders.addAll(scan(relative, Files.readString(path, StandardCharsets.UTF_8)));
                }
            }
            return offenders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The offenders in one compilation unit.
     *
     * @param file the name to report
     * @param source the source text
     * @return the offenders, in source order
     */
    static List<Offender> scan(String file, String source) {
        SinceTagScanner scanner = new SinceTagScanner(file, source);
        scanner.readBody(new Context("file", "", true));
        return List.copyOf(scanner.offenders);
    }

    // ---- declarations

    /** Reads declarations up to the closing brace of a type body (or the end of the file). */
    private void readBody(Context context) {
        if (context.kind().equals("enum")) {
            readEnumConstants(context);
        }
        while (pos < tokens.size()) {
            if (peek().is("}")) {
                pos++;
                return;
            }
            readDeclaration(context);
        }
    }

    private void readEnumConstants(Context context) {
        while (pos < tokens.size()) {
            Token doc = skipDocsAndAnnotations();
            Token next = peek();
            if (next.is(";")) {
                pos++;
                return;
            }
            if (next.is("}")) {
                return;
            }
            pos++;
            if (next.kind() == Kind.WORD) {
                if (pos < tokens.size() && peek().is("(")) {
                    skipBalanced("(", ")");
                }
                if (pos < tokens.size() && peek().is("{")) {
                    skipBalanced("{", "}");
                }
                if (context.api()) {
                    check(doc, next, "enum constant " + context.name() + "." + next.text());
                }
            }
            if (pos < tokens.size() && peek().is(",")) {
                pos++;
            }
        }
    }

    private void readDeclaration(Context context) {
        Token doc = skipDocsAndAnnotations();
        List<Token> header = new ArrayList<>();
        while (pos < tokens.size()) {
            Token token = peek();
            if (token.is("@")) {
                skipAnnotation();
            } else if (token.kind() == Kind.DOC) {
                pos++;
            } else if (token.kind() == Kind.SYMBOL && "{};=(".contains(token.text())) {
                break;
            } else {
                header.add(token);
                pos++;
            }
        }
        if (pos >= tokens.size()) {
            return;
        }
        Token stop = peek();
        if (stop.is("}")) {
            return;
        }
        List<String> words = header.stream().map(Token::text).toList();
        if (stop.is(";") && header.isEmpty()) {
            pos++;
            return;
        }
        if (!words.isEmpty() && (words.get(0).equals("package") || words.get(0).equals("import"))) {
            skipPast(";");
            return;
        }
        boolean visible = words.contains("public") || words.contains("protected")
                || context.membersImplicitlyPublic() && !words.contains("private");
        boolean api = context.api() && visible;

        int keyword = typeKeyword(header, stop);
        if (keyword >= 0) {
            Token name = header.get(keyword + 1);
            String kind = header.get(keyword).text();
            while (!peek().is("{")) {
                if (peek().is("(")) {
                    skipBalanced("(", ")");
                } else {
                    pos++;
                }
            }
            pos++;
            boolean typeIsApi = context.kind().equals("file") ? words.contains("public") : api;
            if (typeIsApi) {
                check(doc, name, (kind.equals("@interface") ? "annotation" : kind) + " " + qualified(context, name));
            }
            readBody(new Context(kind, qualified(context, name), typeIsApi));
            return;
        }
        if (stop.is("(")) {
            Token name = lastWord(header);
            skipBalanced("(", ")");
            while (!peek().is("{") && !peek().is(";")) {
                pos++;
            }
            if (peek().is("{")) {
                skipBalanced("{", "}");
            } else {
                pos++;
            }
            if (api && name != null) {
                boolean constructor = name.text().equals(simpleName(context));
                check(doc, name, (constructor ? "constructor " : "method ") + context.name() + "." + name.text() + "()");
            }
            return;
        }
        if (stop.is("{")) {
            List<String> rest = words.stream().filter(w -> !MODIFIERS.contains(w)).toList();
            boolean compactConstructor = context.kind().equals("record") && rest.equals(List.of(simpleName(context)));
            skipBalanced("{", "}");
            if (compactConstructor && api) {
                check(doc, lastWord(header), "compact constructor " + context.name());
            }
            return;
        }
        // a field: ends at ';', perhaps after an initializer
        Token name = lastWord(header);
        skipPast(";");
        if (api && name != null) {
            check(doc, name, "field " + context.name() + "." + name.text());
        }
    }

    /** The index of the type keyword in a type declaration's header, or -1 when it declares no type. */
    private static int typeKeyword(List<Token> header, Token stop) {
        for (int i = 0; i + 1 < header.size(); i++) {
            Token word = header.get(i);
            if (word.kind() == Kind.WORD) {
                if (TYPE_KEYWORDS.contains(word.text()) && header.get(i + 1).kind() == Kind.WORD
                        && (!word.text().equals("record") || i + 2 == header.size() && stop.is("(")
                        || i + 2 < header.size() && header.get(i + 2).is("<"))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void check(Token doc, Token name, String element) {
        int line = name == null ? 0 : name.line();
        if (doc == null) {
            offenders.add(new Offender(file, line, element, "has no Javadoc comment (with @since)"));
        } else if (!SINCE.matcher(doc.text()).find()) {
            offenders.add(new Offender(file, line, element, "has a Javadoc comment without @since"));
        }
    }

    private static String qualified(Context context, Token name) {
        return context.kind().equals("file") ? name.text() : context.name() + "." + name.text();
    }

    private static String simpleName(Context context) {
        return context.name().substring(context.name().lastIndexOf('.') + 1);
    }

    private static Token lastWord(List<Token> header) {
        for (int i = header.size() - 1; i >= 0; i--) {
            if (header.get(i).kind() == Kind.WORD) {
                return header.get(i);
            }
        }
        return null;
    }

    // ---- token navigation

    private Token peek() {
        return tokens.get(pos);
    }

    /** Skips Javadoc comments and annotations; returns the last Javadoc comment seen, or null. */
    private Token skipDocsAndAnnotations() {
        Token doc = null;
        while (pos < tokens.size()) {
            if (peek().kind() == Kind.DOC) {
                doc = tokens.get(pos++);
            } else if (peek().is("@")) {
                skipAnnotation();
            } else {
                break;
            }
        }
        return doc;
    }

    /** Skips {@code @Name}, {@code @a.b.Name} or {@code @Name(...)}. */
    private void skipAnnotation() {
        pos++;
        pos++;
        while (pos + 1 < tokens.size() && peek().is(".") && tokens.get(pos + 1).kind() == Kind.WORD) {
            pos += 2;
        }
        if (pos < tokens.size() && peek().is("(")) {
            skipBalanced("(", ")");
        }
    }

    private void skipBalanced(String open, String close) {
        int depth = 0;
        do {
            Token token = tokens.get(pos++);
            if (token.is(open)) {
                depth++;
            } else if (token.is(close)) {
                depth--;
            }
        } while (depth > 0 && pos < tokens.size());
    }

    /** Skips to just after the next {@code terminator} outside brackets of any kind. */
    private void skipPast(String terminator) {
        int depth = 0;
        while (pos < tokens.size()) {
            Token token = tokens.get(pos++);
            if (token.is("(") || token.is("{") || token.is("[")) {
                depth++;
            } else if (token.is(")") || token.is("}") || token.is("]")) {
                depth--;
            } else if (depth == 0 && token.is(terminator)) {
                return;
            }
        }
    }

    // ---- tokens

    private static List<Token> tokenize(String s) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (c == '\n') {
                line++;
                i++;
                continue;
            } else if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (s.startsWith("/**", i) && !s.startsWith("/**/", i)) {
                end = close(s, s.indexOf("*/", i + 3), 2);
                tokens.add(new Token(Kind.DOC, s.substring(i, end), line));
            } else if (s.startsWith("/*", i)) {
                end = close(s, s.indexOf("*/", i + 2), 2);
            } else if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("\"\"\"", i)) {
                end = literalEnd(s, i + 3, "\"\"\"");
                tokens.add(new Token(Kind.LITERAL, s.substring(i, end), line));
            } else if (c == '"' || c == '\'') {
                end = literalEnd(s, i + 1, String.valueOf(c));
                tokens.add(new Token(Kind.LITERAL, s.substring(i, end), line));
            } else if (c == '@' && isAtInterface(s, i)) {
                end = s.indexOf("interface", i) + "interface".length();
                tokens.add(new Token(Kind.WORD, "@interface", line));
            } else if (Character.isJavaIdentifierPart(c)) {
                end = i;
                while (end < s.length() && Character.isJavaIdentifierPart(s.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, s.substring(i, end), line));
            } else {
                end = i + 1;
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), line));
            }
            line += (int) s.substring(i, end).chars().filter(ch -> ch == '\n').count();
            i = end;
        }
        return tokens;
    }

    /** Whether {@code @} at {@code i} starts the keyword {@code @interface}, which the scanner reads as one word. */
    private static boolean isAtInterface(String s, int i) {
        int j = i + 1;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        int end = j + "interface".length();
        return s.startsWith("interface", j) && (end >= s.length() || !Character.isJavaIdentifierPart(s.charAt(end)));
    }

    private static int close(String s, int found, int length) {
        return found < 0 ? s.length() : found + length;
    }

    private static int literalEnd(String s, int from, String quote) {
        int j = from;
        while (j < s.length()) {
            if (s.charAt(j) == '\\') {
                j += 2;
            } else if (s.startsWith(quote, j)) {
                return j + quote.length();
            } else {
                j++;
            }
        }
        return s.length();
    }
}
