package io.switchboard.host.conversations;

import io.switchboard.api.channel.MessageTemplate;
import io.switchboard.host.problem.Problem;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A template an agent sends instead of free text: the template's name as approved at the
 * provider, its language, and the body parameters in order.
 */
public record ReplyTemplate(String name, String language, List<String> parameters) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    private static final int MAX_PARAMETERS = 100;
    private static final int MAX_PARAMETER_LENGTH = 1024;

    public ReplyTemplate {
        // null elements are kept so that validation can refuse them with a 400
        parameters = parameters == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(parameters));
    }

    /** Checks what an agent sent, with a 400 saying what is wrong. */
    public static ReplyTemplate validated(ReplyTemplate template) {
        if (template.name() == null || !NAME.matcher(template.name()).matches()) {
            throw Problem.badRequest("template.name must be a template name of lower-case letters, digits and _");
        }
        if (template.language() == null || !LANGUAGE.matcher(template.language()).matches()) {
            throw Problem.badRequest("template.language must be a language code such as en or en_US");
        }
        if (template.parameters().size() > MAX_PARAMETERS) {
            throw Problem.badRequest("template.parameters has " + template.parameters().size()
                    + " values; at most " + MAX_PARAMETERS + " are accepted");
        }
        for (String parameter : template.parameters()) {
            if (parameter == null || parameter.isBlank() || parameter.length() > MAX_PARAMETER_LENGTH) {
                throw Problem.badRequest("every template parameter must be text of 1 to " + MAX_PARAMETER_LENGTH
                        + " characters");
            }
        }
        return template;
    }

    /** How the timeline shows it: {@code [template order_update (en_US): A123, tomorrow]}. */
    public String timelineText() {
        return "[template " + name + " (" + language + ")"
                + (parameters.isEmpty() ? "" : ": " + parameters.stream().collect(Collectors.joining(", "))) + "]";
    }

    /** The plugin API's form of it. */
    public MessageTemplate toApi() {
        return new MessageTemplate(name, language, parameters);
    }
}
