package io.switchboard.plugins.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.api.channel.Address;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading Twilio's form parameters. */
class FormFieldsTest {

    private final FormFields form = new FormFields(Map.of(
            "From", List.of("+15551230000"),
            "Caller", List.of("anonymous"),
            "Body", List.of(""),
            "NumMedia", List.of("2"),
            "Bad", List.of("two"),
            "Timestamp", List.of("Mon, 16 Aug 2010 03:45:01 +0000")));

    @Test
    void aMissingRequiredParameterIsABadRequest() {
        assertEquals(400, assertThrows(WebhookProblem.class, () -> form.require("MessageSid")).status());
    }

    @Test
    void aBlankParameterCountsAsAbsentButIsStillReadableRaw() {
        assertEquals(Optional.empty(), form.get("Body"));
        assertEquals("", form.raw("Body"));
    }

    @Test
    void numbersAreParsedAndGarbageIsABadRequest() {
        assertEquals(Optional.of(2L), form.number("NumMedia"));
        assertEquals(400, assertThrows(WebhookProblem.class, () -> form.number("Bad")).status());
    }

    @Test
    void phoneNumbersMustBeE164() {
        assertEquals(Address.phone("+15551230000"), form.phone("From"));
        assertEquals(400, assertThrows(WebhookProblem.class, () -> form.phone("Caller")).status());
        assertEquals(Optional.empty(), form.optionalPhone("Caller"));
    }

    @Test
    void twiliosRfc2822TimestampsAreRead() {
        assertEquals(Optional.of(Instant.parse("2010-08-16T03:45:01Z")), form.timestamp("Timestamp"));
        assertEquals(Optional.empty(), form.timestamp("Bad"));
    }
}
