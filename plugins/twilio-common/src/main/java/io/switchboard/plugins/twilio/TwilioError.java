package io.switchboard.plugins.twilio;

/**
 * Twilio's error answer: {@code {"code": 21211, "message": "...", "more_info": "...", "status": 400}}.
 *
 * @param code Twilio's error code, such as {@code 21211}, or an empty string when the body had none
 * @param message Twilio's message, or a description of the HTTP status
 * @param moreInfo the link to the error's documentation, or an empty string
 * @param httpStatus the HTTP status of the answer
 */
public record TwilioError(String code, String message, String moreInfo, int httpStatus) {

    /**
     * Reads the error from an unsuccessful answer; a body that is not Twilio's error JSON (a
     * proxy's page) still yields an error naming the HTTP status.
     *
     * @param response the answer
     * @return the error
     */
    public static TwilioError of(TwilioResponse response) {
        String code = response.text("code").orElse("");
        String message = response.text("message").orElse("Twilio answered HTTP " + response.status());
        return new TwilioError(code, message, response.text("more_info").orElse(""), response.status());
    }

    /**
     * The message with its code, for an agent: {@code 21211: The 'To' number ... is not valid}.
     *
     * @return the description
     */
    public String describe() {
        return code.isEmpty() ? message : code + ": " + message;
    }
}
