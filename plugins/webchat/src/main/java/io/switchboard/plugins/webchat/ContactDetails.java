package io.switchboard.plugins.webchat;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.event.ContactUpdate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a visitor told us about themselves: a name and an email address, both optional.
 *
 * @param name the display name, or {@code null}
 * @param email the email address, or {@code null}
 */
record ContactDetails(String name, Address email) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_NAME_LENGTH = 200;

    /**
     * Reads and validates {@code "name"} and {@code "email"} from a body.
     *
     * @param body the JSON body
     * @return the details
     * @throws RequestProblem when either member is of the wrong type or invalid
     */
    static ContactDetails parse(JsonObject body) {
        String name = blankToNull(JsonBodies.optionalString(body, "name"));
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            throw RequestProblem.badRequest("'name' must be at most " + MAX_NAME_LENGTH + " characters");
        }
        String email = blankToNull(JsonBodies.optionalString(body, "email"));
        if (email != null && (email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches())) {
            throw RequestProblem.badRequest("'email' is not an email address such as jane@example.com");
        }
        return new ContactDetails(name, email == null ? null : Address.email(email));
    }

    /** Whether the visitor told us anything. */
    boolean isEmpty() {
        return name == null && email == null;
    }

    /**
     * The event telling the host who this visitor is.
     *
     * @param visitor the visitor
     * @return the update
     */
    ContactUpdate toUpdate(Visitor visitor) {
        return new ContactUpdate(visitor.address(), name, email == null ? List.of() : List.of(email));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
