package io.switchboard.plugins.twilio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One TwiML element, such as {@code <Say>} or {@code <Dial timeout="20">}, with its attributes
 * in order and either text or child elements. Immutable: every {@code with} method returns a
 * new node.
 *
 * @param name the element name
 * @param attributes the attributes, in order
 * @param text the text content, or {@code null}
 * @param children the child elements
 */
public record TwimlNode(String name, Map<String, String> attributes, String text, List<TwimlNode> children) {

    /**
     * Validates the components and copies the collections.
     */
    public TwimlNode {
        Objects.requireNonNull(name, "name");
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = List.copyOf(children);
    }

    /**
     * An empty element.
     *
     * @param name the element name, such as {@code Hangup}
     * @return the element
     */
    public static TwimlNode of(String name) {
        return new TwimlNode(name, Map.of(), null, List.of());
    }

    /**
     * This element with one more attribute.
     *
     * @param key the attribute name
     * @param value the value
     * @return a copy
     */
    public TwimlNode attr(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(attributes);
        more.put(key, value);
        return new TwimlNode(name, more, text, children);
    }

    /**
     * This element with its text.
     *
     * @param content the text
     * @return a copy
     */
    public TwimlNode text(String content) {
        return new TwimlNode(name, attributes, content, children);
    }

    /**
     * This element with one more child.
     *
     * @param child the child element
     * @return a copy
     */
    public TwimlNode child(TwimlNode child) {
        List<TwimlNode> more = new ArrayList<>(children);
        more.add(child);
        return new TwimlNode(name, attributes, text, more);
    }

    /**
     * The element as XML, escaped.
     *
     * @return the XML
     */
    public String toXml() {
        StringBuilder xml = new StringBuilder("<").append(name);
        attributes.forEach((key, value) -> xml.append(' ').append(key).append("=\"").append(escape(value))
                .append('"'));
        if (text == null && children.isEmpty()) {
            return xml.append("/>").toString();
        }
        xml.append('>');
        if (text != null) {
            xml.append(escape(text));
        }
        children.forEach(child -> xml.append(child.toXml()));
        return xml.append("</").append(name).append('>').toString();
    }

    /** Escapes markup and drops characters XML 1.0 cannot carry (configured text may hold anything). */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
