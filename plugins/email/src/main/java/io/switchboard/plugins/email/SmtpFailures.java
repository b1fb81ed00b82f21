package io.switchboard.plugins.email;

import io.switchboard.api.channel.DeliveryResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Classifies a failed SMTP send: a 4xx reply, a refused or dropped connection and a timeout
 * are temporary (the host retries with backoff); a 5xx reply is permanent and fails the reply
 * with the server's own text. A refused login is treated as temporary: it is the channel's
 * configuration, not the message, that is wrong, and the reply should go out once an admin
 * fixed the password.
 */
final class SmtpFailures {

    private static final Pattern REPLY_CODE = Pattern.compile("(?:^|\\D)([245]\\d\\d)[ -]");

    private SmtpFailures() {
    }

    static DeliveryResult classify(MessagingException failure, EmailSettings.Server server) {
        if (failure instanceof AuthenticationFailedException) {
            return DeliveryResult.retry("the SMTP server refused the login of " + server + ": "
                    + oneLine(failure.getMessage()));
        }
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            int code = code(cause);
            if (code >= 500) {
                return DeliveryResult.failed(String.valueOf(code), serverText(cause, code));
            }
            if (code >= 400) {
                return DeliveryResult.retry("SMTP " + code + " " + serverText(cause, code));
            }
            if (cause instanceof IOException io) {
                return DeliveryResult.retry("could not talk to the SMTP server " + server + ": "
                        + io.getClass().getSimpleName() + ": " + oneLine(io.getMessage()));
            }
        }
        return DeliveryResult.retry("sending over SMTP failed: " + oneLine(failure.getMessage()));
    }

    private static int code(Throwable failure) {
        if (failure instanceof SMTPSendFailedException e) {
            return e.getReturnCode();
        }
        if (failure instanceof SMTPAddressFailedException e) {
            return e.getReturnCode();
        }
        if (failure instanceof SMTPSenderFailedException e) {
            return e.getReturnCode();
        }
        if (failure instanceof MessagingException && failure.getMessage() != null
                && failure.getMessage().contains("response:")) {
            // A refused greeting or EHLO: "Could not connect to SMTP host: ..., response: 554"
            Matcher matcher = Pattern.compile("response:\\s*([245]\\d\\d)").matcher(failure.getMessage());
            return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
        }
        return -1;
    }

    /** The server's reply text without its leading code, such as {@code 5.1.1 User unknown}. */
    private static String serverText(Throwable failure, int code) {
        String text = oneLine(failure.getMessage());
        Matcher matcher = REPLY_CODE.matcher(text);
        if (matcher.find() && matcher.group(1).equals(String.valueOf(code)) && matcher.start(1) <= 1) {
            text = text.substring(matcher.end()).strip();
        }
        return text.isEmpty() ? "SMTP " + code : text;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
