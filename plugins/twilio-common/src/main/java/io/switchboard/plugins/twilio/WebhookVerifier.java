package io.switchboard.plugins.twilio;

import io.switchboard.api.channel.WebhookRequest;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Proves that a webhook came from Twilio: checks {@value TwilioSignature#HEADER} against the URL
 * Twilio requested. Behind a proxy that URL is not the one the desk sees, so when the channel
 * has a configured public webhook URL, the signed URL is that URL plus whatever followed the
 * instance's own webhook URL (sub-path and query); otherwise it is the request's public URL.
 */
public final class WebhookVerifier {

    private final TwilioSignature signature;
    private final String hostWebhookUrl;
    private final String publicWebhookUrl;

    /**
     * A verifier for one channel instance.
     *
     * @param authToken the account's auth token
     * @param hostWebhookUrl the instance's webhook URL as the desk publishes it
     * @param publicWebhookUrl the same URL as Twilio calls it (behind a proxy), or {@code null}
     */
    public WebhookVerifier(String authToken, URI hostWebhookUrl, URI publicWebhookUrl) {
        this.signature = new TwilioSignature(authToken);
        this.hostWebhookUrl = stripSlash(Objects.requireNonNull(hostWebhookUrl, "hostWebhookUrl").toString());
        this.publicWebhookUrl = publicWebhookUrl == null ? null : stripSlash(publicWebhookUrl.toString());
    }

    /**
     * Reads a signed POST's parameters, or refuses it.
     *
     * @param request the webhook request
     * @return its parameters
     * @throws WebhookProblem 403 when the signature is missing or wrong, 404 for another method
     */
    public FormFields verify(WebhookRequest request) {
        if (!"POST".equals(request.method())) {
            throw WebhookProblem.notFound("Twilio webhooks are POST requests; " + request.method() + " "
                    + request.subPath() + " is not served (configure HTTP POST at Twilio)");
        }
        FormFields form = new FormFields(request.form());
        Optional<String> given = request.header(TwilioSignature.HEADER);
        String url = signedUrl(request);
        if (given.isEmpty() || given.get().isBlank()) {
            throw WebhookProblem.forbidden("Missing signature", "the request has no " + TwilioSignature.HEADER
                    + " header, so it cannot be from Twilio; nothing was stored");
        }
        if (!signature.matches(url, form.all(), given.get())) {
            throw WebhookProblem.forbidden("Invalid signature", TwilioSignature.HEADER + " does not match this"
                    + " request as signed for " + url + "; check the channel's auth token and, behind a proxy, its"
                    + " public webhook URL; nothing was stored");
        }
        return form;
    }

    /**
     * The URL Twilio signed for this request.
     *
     * @param request the webhook request
     * @return the URL, query included
     */
    public String signedUrl(WebhookRequest request) {
        String seen = request.publicUrl().toString();
        if (publicWebhookUrl == null) {
            return seen;
        }
        String rest = seen.startsWith(hostWebhookUrl) ? seen.substring(hostWebhookUrl.length())
                : suffixOf(request);
        return publicWebhookUrl + rest;
    }

    private static String suffixOf(WebhookRequest request) {
        String path = "/".equals(request.subPath()) ? "" : request.subPath();
        String query = request.publicUrl().getRawQuery();
        return path + (query == null ? "" : "?" + query);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
