package io.switchboard.plugins.voice;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.plugins.twilio.FormFields;
import io.switchboard.plugins.twilio.WebhookProblem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Who a call is between: the customer, the agent's phone and whether the desk placed the call.
 * Twilio's later callbacks (a recording, a dialled leg) do not all say who the caller was, so
 * the plugin writes the parties into the query of every callback URL it hands Twilio; Twilio
 * signs that URL, so the query is as trustworthy as the rest of the request.
 *
 * @param customer the customer's number, or a {@code withheld} address keyed by the call when
 *     the caller hid their number
 * @param outbound whether the desk placed the call (a callback)
 * @param agent the agent's phone, or {@code null} when none was rung
 */
record CallParties(Address customer, boolean outbound, Address agent) {

    /** The address kind of callers who withheld their number: one per call, never called back. */
    static final AddressKind WITHHELD = new AddressKind("withheld");

    /**
     * The query that carries the parties, starting with {@code ?}, or empty when there is nothing
     * to carry.
     *
     * @return the query
     */
    String query() {
        StringBuilder query = new StringBuilder();
        if (AddressKind.PHONE.equals(customer.kind())) {
            append(query, "customer", customer.value());
        }
        if (outbound) {
            append(query, "direction", "outbound");
        }
        if (agent != null) {
            append(query, "agent", agent.value());
        }
        return query.toString();
    }

    /**
     * The parties of a callback.
     *
     * @param request the webhook, whose query may carry them
     * @param form its parameters
     * @param callSid the call the callback concerns (the parent call for a dialled leg)
     * @return the parties
     * @throws WebhookProblem when the query names a number that is not E.164
     */
    static CallParties of(WebhookRequest request, FormFields form, String callSid) {
        boolean outbound = request.queryParam("direction").filter("outbound"::equals).isPresent();
        Address customer = request.queryParam("customer").map(CallParties::phone)
                .or(() -> outbound ? Optional.empty() : form.optionalPhone("From"))
                .orElseGet(() -> new Address(WITHHELD, callSid));
        Address agent = request.queryParam("agent").map(CallParties::phone).orElse(null);
        return new CallParties(customer, outbound, agent);
    }

    private static Address phone(String value) {
        try {
            return Address.phone(value);
        } catch (IllegalArgumentException e) {
            throw WebhookProblem.badRequest("the callback URL names a number that is not E.164: " + value);
        }
    }

    private static void append(StringBuilder query, String name, String value) {
        query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
