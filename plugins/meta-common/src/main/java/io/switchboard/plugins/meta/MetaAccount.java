package io.switchboard.plugins.meta;

import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.config.FieldType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The credentials and API coordinates every Meta channel is configured with: the app secret
 * that signs webhooks, the verify token of the subscription handshake, the access token for
 * Graph API calls, the Graph API version and base URL (the real Graph API, or a loopback fake
 * in tests). {@link #toString()} never shows a secret.
 *
 * @param appSecret the Meta app's secret, key of X-Hub-Signature-256
 * @param verifyToken the token the admin typed into the app's webhook settings
 * @param accessToken the system user (WhatsApp) or page (Messenger) access token
 * @param apiVersion the Graph API version, such as {@code v23.0}
 * @param baseUrl the Graph API base URL without a trailing slash
 */
public record MetaAccount(String appSecret, String verifyToken, String accessToken, String apiVersion,
                          URI baseUrl) {

    /** Config key of the app secret. */
    public static final String APP_SECRET = "appSecret";
    /** Config key of the verify token. */
    public static final String VERIFY_TOKEN = "verifyToken";
    /** Config key of the access token. */
    public static final String ACCESS_TOKEN = "accessToken";
    /** Config key of the Graph API version. */
    public static final String API_VERSION = "apiVersion";
    /** Config key of the Graph API base URL. */
    public static final String BASE_URL = "baseUrl";
    /** Where the real Graph API lives. */
    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com";
    /** The Graph API version used unless the admin picks another. */
    public static final String DEFAULT_API_VERSION = "v23.0";

    private static final Pattern VERSION = Pattern.compile("v[0-9]{1,3}\\.[0-9]{1,3}");

    /**
     * Validates the components and drops a trailing slash from the base URL.
     */
    public MetaAccount {
        Objects.requireNonNull(appSecret, "appSecret");
        Objects.requireNonNull(verifyToken, "verifyToken");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(apiVersion, "apiVersion");
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    /**
     * Reads the account from a channel's resolved configuration.
     *
     * @param config the values, defaults applied
     * @return the account
     */
    public static MetaAccount from(ConfigValues config) {
        return new MetaAccount(config.require(APP_SECRET), config.require(VERIFY_TOKEN),
                config.require(ACCESS_TOKEN), config.get(API_VERSION).orElse(DEFAULT_API_VERSION),
                URI.create(config.get(BASE_URL).orElse(DEFAULT_BASE_URL)));
    }

    /**
     * The secret fields, in form order.
     *
     * @param accessTokenHelp where the admin finds the access token on this product
     * @return the fields
     */
    public static List<ConfigField> secretFields(String accessTokenHelp) {
        return List.of(
                ConfigField.secretText(APP_SECRET, "App secret")
                        .withHelp("App settings > Basic > App secret; Meta signs every webhook with it."),
                ConfigField.secretText(VERIFY_TOKEN, "Verify token")
                        .withHelp("Any string you choose; type the same into the app's webhook settings."),
                ConfigField.secretText(ACCESS_TOKEN, "Access token").withHelp(accessTokenHelp));
    }

    /**
     * The Graph API fields, in form order, with their defaults.
     *
     * @return the fields
     */
    public static List<ConfigField> apiFields() {
        return List.of(
                ConfigField.text(API_VERSION, "Graph API version").withDefault(DEFAULT_API_VERSION)
                        .withHelp("Such as " + DEFAULT_API_VERSION + "."),
                ConfigField.of(BASE_URL, "Graph API base URL", FieldType.URL).withDefault(DEFAULT_BASE_URL)
                        .withHelp("Leave the default unless you route Graph API calls through a proxy."));
    }

    /**
     * The whole configuration schema of a Meta channel: the secrets, the account's own id
     * field (phone number id or page id), then the API version and base URL.
     *
     * @param accessTokenHelp what kind of access token the channel needs
     * @param accountIdField the field naming the phone number or page
     * @return the schema
     */
    public static ConfigSchema schema(String accessTokenHelp, ConfigField accountIdField) {
        List<ConfigField> fields = new ArrayList<>(secretFields(accessTokenHelp));
        fields.add(accountIdField);
        fields.addAll(apiFields());
        return new ConfigSchema(fields);
    }

    /**
     * Checks what the schema cannot: the version's form and the numeric id of the account's
     * phone number or page.
     *
     * @param config the resolved values
     * @param idKey the field holding the numeric id
     * @param idLabel the field's label, for the message
     * @param idExample an example id, for the message
     * @return the problems, empty when valid
     */
    public static List<ConfigProblem> problems(ConfigValues config, String idKey, String idLabel, String idExample) {
        List<ConfigProblem> problems = new ArrayList<>();
        String version = config.get(API_VERSION).orElse(DEFAULT_API_VERSION);
        if (!VERSION.matcher(version).matches()) {
            problems.add(new ConfigProblem(API_VERSION, "Graph API version: '" + version
                    + "' is not a version such as " + DEFAULT_API_VERSION));
        }
        String id = config.get(idKey).orElse("");
        if (!id.matches("[0-9]{1,30}")) {
            problems.add(new ConfigProblem(idKey, idLabel + ": '" + id + "' is not a numeric id such as "
                    + idExample));
        }
        return List.copyOf(problems);
    }

    /**
     * The URL of a Graph API path under this account's version.
     *
     * @param path the path below the version, such as {@code me/messages}
     * @return the URL
     */
    public URI graphUrl(String path) {
        return URI.create(baseUrl + "/" + apiVersion + "/" + path);
    }

    /**
     * Describes the account without its secrets.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "MetaAccount[" + baseUrl + "/" + apiVersion + "]";
    }
}
