package io.switchboard.plugins.twilio;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The credentials and API location of one Twilio account.
 *
 * @param accountSid the account SID ({@code AC} and 32 hex digits), also the basic-auth user
 * @param authToken the auth token, the basic-auth password and the webhook signing key
 * @param apiBase where the REST API is, {@code https://api.twilio.com} unless tests point it elsewhere
 */
public record TwilioAccount(String accountSid, String authToken, URI apiBase) {

    /**
     * Validates the components and drops a trailing slash from the base.
     */
    public TwilioAccount {
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(apiBase, "apiBase");
        String base = apiBase.toString();
        apiBase = base.endsWith("/") ? URI.create(base.substring(0, base.length() - 1)) : apiBase;
    }

    /**
     * The {@code Authorization} header value: basic auth with the account SID and auth token.
     *
     * @return the header value
     */
    public String basicAuthorization() {
        String pair = accountSid + ":" + authToken;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The URL of a list resource of this account, such as {@code Messages} or {@code Calls}.
     *
     * @param resource the resource name
     * @return {@code {base}/2010-04-01/Accounts/{AccountSid}/{resource}.json}
     */
    public URI resource(String resource) {
        return URI.create(apiBase + "/2010-04-01/Accounts/" + accountSid + "/" + resource + ".json");
    }

    /**
     * Describes the account without its auth token.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "TwilioAccount[" + accountSid + " at " + apiBase + "]";
    }
}
