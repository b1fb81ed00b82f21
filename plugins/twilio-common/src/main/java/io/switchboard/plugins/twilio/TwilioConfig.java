package io.switchboard.plugins.twilio;

import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.config.FieldType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configuration fields every Twilio channel has: the account, its phone number, where the
 * API is, and the public URL Twilio calls (for signature checks behind a proxy).
 */
public final class TwilioConfig {

    /** The account SID. */
    public static final String ACCOUNT_SID = "accountSid";
    /** The auth token (secret). */
    public static final String AUTH_TOKEN = "authToken";
    /** The channel's Twilio phone number, E.164. */
    public static final String PHONE_NUMBER = "phoneNumber";
    /** The REST API base URL. */
    public static final String BASE_URL = "baseUrl";
    /** The instance's webhook URL as Twilio calls it, when a proxy rewrites it. */
    public static final String PUBLIC_WEBHOOK_URL = "publicWebhookUrl";
    /** Twilio's production API. */
    public static final String DEFAULT_BASE_URL = "https://api.twilio.com";

    private static final Pattern ACCOUNT_SID_FORMAT = Pattern.compile("AC[0-9a-fA-F]{32}");

    private TwilioConfig() {
    }

    /**
     * The shared fields, in form order.
     *
     * @param numberHelp what the phone number is for on this channel
     * @return the fields
     */
    public static List<ConfigField> fields(String numberHelp) {
        return List.of(
                ConfigField.text(ACCOUNT_SID, "Account SID").asRequired()
                        .withHelp("Starts with AC; shown on the Twilio Console dashboard."),
                ConfigField.secretText(AUTH_TOKEN, "Auth token")
                        .withHelp("The account's primary auth token; it signs Twilio's webhooks and authorises API"
                                + " calls."),
                ConfigField.of(PHONE_NUMBER, "Phone number", FieldType.PHONE).asRequired().withHelp(numberHelp),
                ConfigField.of(BASE_URL, "API base URL", FieldType.URL).withDefault(DEFAULT_BASE_URL)
                        .withHelp("Twilio's REST API; change only to point at a test double."),
                ConfigField.of(PUBLIC_WEBHOOK_URL, "Public webhook URL", FieldType.URL)
                        .withHelp("The webhook URL exactly as configured at Twilio, when a proxy serves the desk under"
                                + " another address; signatures are checked against it. Leave empty otherwise."));
    }

    /**
     * Checks what the schema cannot: the account SID's shape.
     *
     * @param config the resolved values
     * @return problems, empty when valid
     */
    public static List<ConfigProblem> validate(ConfigValues config) {
        List<ConfigProblem> problems = new ArrayList<>();
        String sid = config.get(ACCOUNT_SID).orElse("");
        if (!ACCOUNT_SID_FORMAT.matcher(sid).matches()) {
            problems.add(new ConfigProblem(ACCOUNT_SID, "Account SID: '" + sid + "' is not a Twilio account SID (AC"
                    + " followed by 32 hexadecimal digits)"));
        }
        return problems;
    }

    /**
     * The account the configuration names.
     *
     * @param config the resolved values
     * @return the account
     */
    public static TwilioAccount account(ConfigValues config) {
        return new TwilioAccount(config.require(ACCOUNT_SID), config.require(AUTH_TOKEN),
                URI.create(config.get(BASE_URL).orElse(DEFAULT_BASE_URL)));
    }

    /**
     * The webhook URL Twilio calls: the configured public one, else the desk's own.
     *
     * @param config the resolved values
     * @param hostWebhookUrl the instance's webhook URL as the desk publishes it
     * @return the URL, without a trailing slash
     */
    public static String webhookBase(ConfigValues config, URI hostWebhookUrl) {
        String base = publicWebhookUrl(config).map(URI::toString).orElse(hostWebhookUrl.toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * The configured public webhook URL.
     *
     * @param config the resolved values
     * @return the URL, if configured
     */
    public static Optional<URI> publicWebhookUrl(ConfigValues config) {
        return config.get(PUBLIC_WEBHOOK_URL).filter(v -> !v.isBlank()).map(URI::create);
    }

    /**
     * A verifier of this channel's webhooks.
     *
     * @param config the resolved values
     * @param hostWebhookUrl the instance's webhook URL as the desk publishes it
     * @return the verifier
     */
    public static WebhookVerifier verifier(ConfigValues config, URI hostWebhookUrl) {
        return new WebhookVerifier(config.require(AUTH_TOKEN), hostWebhookUrl, publicWebhookUrl(config).orElse(null));
    }
}
