package io.switchboard.host.surveys;

import io.switchboard.api.survey.SurveyScale;

/** The hosted one-question page: plain HTML, no scripts or inline styles, so a strict CSP holds. */
final class SurveyPage {

    static final String POLICY = "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SurveyPage() {
    }

    static String form(String language, Question question, Integer current, String error) {
        SurveyScale scale = question.scale();
        StringBuilder html = start(language, question.text());
        html.append("<form method=\"post\">\n<fieldset>\n<legend>").append(escape(question.text()))
                .append("</legend>\n");
        if (error != null) {
            html.append("<p role=\"alert\">").append(escape(error)).append("</p>\n");
        }
        for (int value = scale.min(); value <= scale.max(); value++) {
            String label = scale.labels().get(value);
            html.append("<label><input type=\"radio\" name=\"value\" required value=\"").append(value).append('"')
                    .append(current != null && current == value ? " checked" : "").append("> ").append(value)
                    .append(label == null ? "" : " · " + escape(label)).append("</label><br>\n");
        }
        html.append("</fieldset>\n<p><label>").append(escape(SurveyTexts.comment(language)))
                .append("<br><textarea name=\"comment\" rows=\"4\" cols=\"50\" maxlength=\"2000\"></textarea>")
                .append("</label></p>\n<p><button type=\"submit\">").append(escape(SurveyTexts.send(language)))
                .append("</button></p>\n</form>\n");
        return end(html);
    }

    static String message(String language, String text) {
        StringBuilder html = start(language, text);
        html.append("<p>").append(escape(text)).append("</p>\n");
        return end(html);
    }

    private static StringBuilder start(String language, String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(language)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,")
                .append(" initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
                .append(escape(title.length() > 80 ? title.substring(0, 80) + "…" : title))
                .append("</title>\n</head>\n<body>\n<main>\n");
    }

    private static String end(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
