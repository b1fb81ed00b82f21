package io.switchboard.plugins.twilio;

import io.switchboard.api.channel.Address;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a Twilio webhook ({@code application/x-www-form-urlencoded}), with the
 * reads every handler needs; a missing or malformed required parameter is a
 * {@link WebhookProblem#badRequest 400}.
 */
public final class FormFields {

    private final Map<String, List<String>> params;

    /**
     * Wraps parsed parameters.
     *
     * @param params parameters by name, as {@code WebhookRequest.form()} returns them
     */
    public FormFields(Map<String, List<String>> params) {
        this.params = Map.copyOf(params);
    }

    /**
     * All parameters, for signature checks.
     *
     * @return parameters by name
     */
    public Map<String, List<String>> all() {
        return params;
    }

    /**
     * The first value of a parameter, when present and not blank.
     *
     * @param name the parameter name, such as {@code Body}
     * @return the value
     */
    public Optional<String> get(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? Optional.empty()
                : Optional.of(values.get(0));
    }

    /**
     * The first value of a parameter, exactly as sent (blank included), or an empty string.
     *
     * @param name the parameter name
     * @return the value
     */
    public String raw(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    /**
     * A parameter Twilio always sends.
     *
     * @param name the parameter name, such as {@code MessageSid}
     * @return the value
     * @throws WebhookProblem when it is missing
     */
    public String require(String name) {
        return get(name).orElseThrow(() -> WebhookProblem.badRequest("the parameter " + name
                + " is missing; this does not look like a request from Twilio"));
    }

    /**
     * A whole-number parameter.
     *
     * @param name the parameter name, such as {@code NumMedia}
     * @return the number, if present
     * @throws WebhookProblem when present but not a whole number
     */
    public Optional<Long> number(String name) {
        Optional<String> value = get(name);
        try {
            return value.map(v -> Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            throw WebhookProblem.badRequest("the parameter " + name + " must be a whole number, was '"
                    + value.orElse("") + "'");
        }
    }

    /**
     * A phone number parameter in E.164 form.
     *
     * @param name the parameter name, such as {@code From}
     * @return the address
     * @throws WebhookProblem when missing or not an E.164 number
     */
    public Address phone(String name) {
        String value = require(name);
        try {
            return Address.phone(value);
        } catch (IllegalArgumentException e) {
            throw WebhookProblem.badRequest("the parameter " + name + " is not an E.164 phone number: " + value);
        }
    }

    /**
     * A phone number parameter, when present and in E.164 form; withheld or non-phone callers
     * (such as {@code anonymous} or a {@code client:} identity) yield empty.
     *
     * @param name the parameter name
     * @return the address
     */
    public Optional<Address> optionalPhone(String name) {
        try {
            return get(name).map(Address::phone);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Twilio's {@code Timestamp} (RFC 2822, such as {@code Mon, 16 Aug 2010 03:45:01 +0000}).
     *
     * @param name the parameter name
     * @return the instant, if present and readable
     */
    public Optional<Instant> timestamp(String name) {
        try {
            return get(name).map(v -> Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(v.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
