package io.switchboard.plugins.meta;

import com.google.gson.JsonObject;
import java.util.Optional;

/**
 * The {@code error} object of a failed Graph API call:
 * {@code {"error": {"message", "type", "code", "error_subcode", "error_data": {"details"}, "fbtrace_id"}}}.
 *
 * @param code the error code, or -1 when absent
 * @param subcode the error subcode, or -1 when absent
 * @param message the message, which on WhatsApp starts with {@code (#code)} and the title
 * @param details the longer explanation in {@code error_data.details}, or {@code null}
 */
public record GraphError(int code, int subcode, String message, String details) {

    /**
     * Reads the error of a response.
     *
     * @param response the response
     * @return the error, or empty when the body carries none
     */
    public static Optional<GraphError> of(GraphResponse response) {
        return response.json().flatMap(json -> MetaJson.object(json, "error")).map(GraphError::of);
    }

    /**
     * Reads an error object (also the shape of {@code errors[]} entries in WhatsApp webhooks,
     * which use {@code title} where the API uses {@code message}).
     *
     * @param error the object
     * @return the error
     */
    public static GraphError of(JsonObject error) {
        String message = MetaJson.string(error, "message").or(() -> MetaJson.string(error, "title")).orElse("");
        String details = MetaJson.object(error, "error_data").flatMap(data -> MetaJson.string(data, "details"))
                .orElse(null);
        return new GraphError(number(error, "code"), number(error, "error_subcode"), message, details);
    }

    /**
     * The code as the agent sees it: {@code 131047}, or {@code 10/2018278} with a subcode.
     *
     * @return the code text, empty when there is none
     */
    public String codeText() {
        if (code < 0) {
            return "";
        }
        return subcode < 0 ? String.valueOf(code) : code + "/" + subcode;
    }

    /**
     * Message and details in one sentence for the agent.
     *
     * @return the description
     */
    public String describe() {
        if (details == null || details.isBlank() || sameWords(details, message)) {
            return message;
        }
        return message.isBlank() ? details : message + ": " + details;
    }

    /** WhatsApp often repeats the title as details, capitalised differently and with a period. */
    private static boolean sameWords(String a, String b) {
        return a.strip().replaceAll("\\.$", "").equalsIgnoreCase(b.strip().replaceAll("\\.$", ""));
    }

    private static int number(JsonObject object, String name) {
        return MetaJson.string(object, name).map(value -> {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }).orElse(-1);
    }
}
