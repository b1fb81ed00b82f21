package io.switchboard.plugins.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text from an HTML mail body, for the preview and for agents on plain-text views:
 * block elements become line breaks, list items get a dash, and blockquotes (the quoted
 * history of HTML clients) get {@code > } prefixes so the quote detector recognises them.
 * Walks the tree iteratively, so deeply nested mail cannot overflow the stack.
 */
final class HtmlToText {

    private static final Set<String> BLOCKS = Set.of("div", "tr", "li", "hr", "address", "section", "article",
            "header", "footer", "dl", "dt", "dd", "center", "form");
    /** Blocks set off by a blank line, as paragraphs are in plain-text mail. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "blockquote");

    private HtmlToText() {
    }

    static String convert(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, title, template").remove();
        Sink sink = new Sink();
        NodeTraversor.traverse(new Visitor(sink), document.body());
        return sink.text();
    }

    private static final class Visitor implements NodeVisitor {
        private final Sink sink;

        Visitor(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                sink.text(text.getWholeText(), sink.preformatted > 0);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    sink.lineBreak();
                } else if (tag.equals("blockquote")) {
                    sink.paragraphBreak();
                    sink.quoteDepth++;
                } else if (tag.equals("pre")) {
                    sink.paragraphBreak();
                    sink.preformatted++;
                } else if (tag.equals("li")) {
                    sink.blockBreak();
                    sink.text("- ", true);
                } else if (tag.equals("td") || tag.equals("th")) {
                    sink.text(" ", false);
                } else if (PARAGRAPHS.contains(tag)) {
                    sink.paragraphBreak();
                } else if (BLOCKS.contains(tag)) {
                    sink.blockBreak();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("blockquote")) {
                    sink.paragraphBreak();
                    sink.quoteDepth--;
                } else if (tag.equals("pre")) {
                    sink.preformatted--;
                    sink.paragraphBreak();
                } else if (PARAGRAPHS.contains(tag)) {
                    sink.paragraphBreak();
                } else if (BLOCKS.contains(tag)) {
                    sink.blockBreak();
                }
            }
        }
    }

    /** Collects text, collapsing whitespace and prefixing quoted lines. */
    private static final class Sink {
        private final StringBuilder out = new StringBuilder();
        int quoteDepth;
        int preformatted;
        private boolean atLineStart = true;
        private boolean pendingSpace;
        private int pendingBreaks;

        void text(String raw, boolean keepWhitespace) {
            String text = keepWhitespace ? raw.replace("\r", "") : raw.replaceAll("[\\s\\u00a0]+", " ");
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    lineBreak();
                } else if (c == ' ' && !keepWhitespace) {
                    pendingSpace = !atLineStart;
                } else {
                    emit(c);
                }
            }
        }

        private void emit(char c) {
            if (pendingBreaks > 0 && out.length() > 0) {
                out.append("\n".repeat(pendingBreaks));
                atLineStart = true;
            }
            pendingBreaks = 0;
            if (atLineStart) {
                out.append("> ".repeat(Math.max(0, quoteDepth)));
                atLineStart = false;
                pendingSpace = false;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }

        void lineBreak() {
            pendingBreaks = Math.min(pendingBreaks + 1, 2);
            if (pendingBreaks == 1 && out.length() == 0) {
                pendingBreaks = 0;
            }
            pendingSpace = false;
        }

        void blockBreak() {
            if (!atLineStart || pendingBreaks > 0) {
                pendingBreaks = Math.max(pendingBreaks, 1);
            }
            pendingSpace = false;
        }

        void paragraphBreak() {
            if (out.length() > 0) {
                pendingBreaks = 2;
            }
            pendingSpace = false;
        }

        String text() {
            return out.toString().strip();
        }
    }
}
