package io.switchboard.plugins.twilio;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The form fields of a REST request to Twilio, in order; a name may repeat (Twilio reads
 * {@code StatusCallbackEvent} once per event).
 */
public final class FormBody {

    private final List<Map.Entry<String, String>> fields = new ArrayList<>();

    /**
     * Adds a field.
     *
     * @param name the field name, such as {@code To}
     * @param value the value
     * @return this body
     */
    public FormBody add(String name, String value) {
        fields.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
        return this;
    }

    /**
     * The fields, in order.
     *
     * @return name-value pairs
     */
    public List<Map.Entry<String, String>> fields() {
        return List.copyOf(fields);
    }

    /**
     * The body as {@code application/x-www-form-urlencoded}.
     *
     * @return the encoded body
     */
    public String encode() {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
