package io.switchboard.plugins.email;

/** The HTML part of a reply an agent wrote as plain text: escaped, line breaks kept. */
final class TextToHtml {

    private TextToHtml() {
    }

    static String convert(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                + "<body><div style=\"white-space: pre-wrap\">");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\r' -> { }
                case '\n' -> html.append("<br>\n");
                default -> html.append(c);
            }
        }
        return html.append("</div></body></html>").toString();
    }
}
