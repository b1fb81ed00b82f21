package io.switchboard.plugins.voice;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.config.FieldType;
import io.switchboard.plugins.twilio.TwilioAccount;
import io.switchboard.plugins.twilio.TwilioConfig;
import io.switchboard.plugins.twilio.WebhookVerifier;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration of one voice instance, read once when it opens: the Twilio account and
 * number, what callers hear, whom to ring and for how long, and when the desk is open.
 *
 * @param account the Twilio account
 * @param phoneNumber the channel's number, the caller id of callbacks
 * @param webhookBase the instance's webhook URL as Twilio calls it
 * @param verifier checks the signatures of the instance's webhooks
 * @param speech what callers hear, and in which language
 * @param ringNumber the phone rung for incoming calls and first on callbacks, if any
 * @param ringTimeoutSeconds how long it rings before the caller goes to voicemail
 * @param voicemailMaxSeconds the longest voicemail
 * @param hours when calls are put through rather than sent to voicemail
 */
record VoiceSettings(TwilioAccount account, Address phoneNumber, String webhookBase, WebhookVerifier verifier,
                     Speech speech, Optional<Address> ringNumber, int ringTimeoutSeconds, int voicemailMaxSeconds,
                     BusinessHours hours) {

    static final String GREETING = "greeting";
    static final String RING_NUMBER = "ringNumber";
    static final String RING_TIMEOUT = "ringTimeoutSeconds";
    static final String VOICEMAIL_PROMPT = "voicemailPrompt";
    static final String AFTER_HOURS_MESSAGE = "afterHoursMessage";
    static final String VOICEMAIL_MAX = "voicemailMaxSeconds";
    static final String BUSINESS_HOURS = "businessHours";
    static final String TIME_ZONE = "timeZone";
    static final String LANGUAGE = "language";

    /** Twilio transcribes recordings of at most two minutes. */
    static final int MAX_TRANSCRIBED_SECONDS = 120;

    /**
     * What callers hear.
     *
     * @param greeting said when a call comes in during business hours
     * @param voicemailPrompt said before the tone when nobody answers
     * @param afterHoursMessage said before the tone outside business hours
     * @param language the language of {@code <Say>}, such as {@code en-US}
     */
    record Speech(String greeting, String voicemailPrompt, String afterHoursMessage, String language) {
    }

    /** The voice-specific fields, after the shared Twilio ones. */
    static List<ConfigField> fields() {
        return List.of(
                ConfigField.of(GREETING, "Greeting", FieldType.MULTILINE).withDefault("Thank you for calling.")
                        .withHelp("Said when a call comes in during business hours."),
                ConfigField.of(RING_NUMBER, "Ring number", FieldType.PHONE)
                        .withHelp("The phone rung for incoming calls (a desk phone or hunt group), and rung first"
                                + " when an agent calls a customer back. Empty: callers go straight to voicemail."),
                ConfigField.of(RING_TIMEOUT, "Ring timeout (seconds)", FieldType.INTEGER).withDefault("20")
                        .withHelp("How long the ring number rings before the caller may leave a voicemail (5 to"
                                + " 600)."),
                ConfigField.of(VOICEMAIL_PROMPT, "Voicemail prompt", FieldType.MULTILINE)
                        .withDefault("Nobody can take your call right now. Please leave a message after the tone,"
                                + " and we will call you back.")
                        .withHelp("Said before the tone when nobody answers."),
                ConfigField.of(AFTER_HOURS_MESSAGE, "After-hours message", FieldType.MULTILINE)
                        .withDefault("We are closed right now. Please leave a message after the tone, and we will"
                                + " call you back.")
                        .withHelp("Said before the tone outside business hours."),
                ConfigField.of(VOICEMAIL_MAX, "Longest voicemail (seconds)", FieldType.INTEGER).withDefault("120")
                        .withHelp("1 to 120; Twilio transcribes voicemails of up to two minutes."),
                ConfigField.text(BUSINESS_HOURS, "Business hours")
                        .withHelp("Such as 'Mon-Fri 09:00-17:00, Sat 10:00-14:00'. Outside them calls go straight"
                                + " to voicemail. Empty: always open."),
                ConfigField.text(TIME_ZONE, "Time zone").withDefault("UTC")
                        .withHelp("The time zone of the business hours, such as Europe/Berlin or America/New_York."),
                ConfigField.text(LANGUAGE, "Spoken language").withDefault("en-US")
                        .withHelp("The language Twilio speaks the messages in, such as en-US, en-GB or de-DE."));
    }

    /** Checks what the schema cannot: ranges, the schedule, the time zone. */
    static List<ConfigProblem> validate(ConfigValues config) {
        List<ConfigProblem> problems = new ArrayList<>(TwilioConfig.validate(config));
        range(config, RING_TIMEOUT, "Ring timeout", 5, 600).ifPresent(problems::add);
        range(config, VOICEMAIL_MAX, "Longest voicemail", 1, MAX_TRANSCRIBED_SECONDS).ifPresent(problems::add);
        ZoneId zone = ZoneId.of("UTC");
        try {
            zone = ZoneId.of(config.get(TIME_ZONE).orElse("UTC"));
        } catch (DateTimeException e) {
            problems.add(new ConfigProblem(TIME_ZONE, "Time zone: '" + config.get(TIME_ZONE).orElse("")
                    + "' is not a time zone such as Europe/Berlin"));
        }
        try {
            BusinessHours.parse(config.get(BUSINESS_HOURS).orElse(""), zone);
        } catch (IllegalArgumentException e) {
            problems.add(new ConfigProblem(BUSINESS_HOURS, "Business hours: " + e.getMessage()));
        }
        return problems;
    }

    /**
     * Reads the settings.
     *
     * @param context the instance's configuration and host services
     * @return the settings
     */
    static VoiceSettings from(ChannelContext context) {
        ConfigValues config = context.config();
        ZoneId zone = ZoneId.of(config.get(TIME_ZONE).orElse("UTC"));
        Speech speech = new Speech(config.get(GREETING).orElse(""), config.get(VOICEMAIL_PROMPT).orElse(""),
                config.get(AFTER_HOURS_MESSAGE).orElse(""), config.get(LANGUAGE).orElse("en-US"));
        return new VoiceSettings(TwilioConfig.account(config),
                Address.phone(config.require(TwilioConfig.PHONE_NUMBER)),
                TwilioConfig.webhookBase(config, context.webhookUrl()),
                TwilioConfig.verifier(config, context.webhookUrl()), speech,
                config.get(RING_NUMBER).map(Address::phone), (int) config.getLong(RING_TIMEOUT, 20),
                (int) config.getLong(VOICEMAIL_MAX, MAX_TRANSCRIBED_SECONDS),
                BusinessHours.parse(config.get(BUSINESS_HOURS).orElse(""), zone));
    }

    private static Optional<ConfigProblem> range(ConfigValues config, String key, String label, long min, long max) {
        long value = config.getLong(key, min);
        return value >= min && value <= max ? Optional.empty()
                : Optional.of(new ConfigProblem(key, label + ": " + value + " is not between " + min + " and " + max));
    }
}
