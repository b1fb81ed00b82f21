package io.switchboard.plugins.twilio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Calls Twilio's REST API for one account: creates resources (messages, calls) with basic auth
 * and downloads media Twilio keeps. The account's credentials are only ever sent to the
 * configured API origin, never to wherever a redirect points.
 */
public final class TwilioRestClient {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_MEDIA_BYTES = 20 * 1024 * 1024;
    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final TwilioAccount account;

    /**
     * A client for one account.
     *
     * @param http the host's HTTP client
     * @param account the account
     */
    public TwilioRestClient(HttpClient http, TwilioAccount account) {
        this.http = Objects.requireNonNull(http, "http");
        this.account = Objects.requireNonNull(account, "account");
    }

    /**
     * Creates a resource: {@code POST {base}/2010-04-01/Accounts/{AccountSid}/{resource}.json}.
     *
     * @param resource the list resource, such as {@code Messages}
     * @param form the form fields
     * @return Twilio's answer, successful or not
     * @throws IOException when Twilio cannot be reached or does not answer in time
     * @throws InterruptedException when interrupted while waiting
     */
    public TwilioResponse create(String resource, FormBody form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(account.resource(resource)).timeout(TIMEOUT)
                .header("Authorization", account.basicAuthorization())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.encode()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new TwilioResponse(response.statusCode(), response.body(), retryAfter(response));
    }

    /**
     * Downloads media Twilio keeps (an MMS image), following Twilio's redirect to its media
     * storage without credentials.
     *
     * @param url the media URL, which must be on the account's API origin
     * @return the bytes and type, or empty when the media no longer exists
     * @throws IOException when the URL is not Twilio's, or Twilio cannot be reached or refuses
     * @throws InterruptedException when interrupted while waiting
     */
    public Optional<Media> download(String url) throws IOException, InterruptedException {
        URI target = URI.create(url);
        if (!sameOrigin(target, account.apiBase())) {
            throw new IOException("media at " + target.getHost() + " is not on the configured Twilio API origin "
                    + account.apiBase() + "; the account's credentials are not sent there");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(TIMEOUT).GET();
            if (sameOrigin(target, account.apiBase())) {
                request.header("Authorization", account.basicAuthorization());
            }
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            try (InputStream body = response.body()) {
                if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                    target = target.resolve(response.headers().firstValue("Location").get());
                    continue;
                }
                if (status == 404) {
                    return Optional.empty();
                }
                if (status < 200 || status >= 300) {
                    throw new IOException("Twilio answered HTTP " + status + " for media " + url);
                }
                byte[] bytes = body.readNBytes(MAX_MEDIA_BYTES + 1);
                if (bytes.length > MAX_MEDIA_BYTES) {
                    throw new IOException("media " + url + " is larger than " + MAX_MEDIA_BYTES + " bytes");
                }
                return Optional.of(new Media(bytes, response.headers().firstValue("Content-Type")
                        .orElse("application/octet-stream")));
            }
        }
        throw new IOException("media " + url + " redirected more than " + MAX_REDIRECTS + " times");
    }

    /**
     * Downloaded media.
     *
     * @param content the bytes
     * @param contentType the MIME type Twilio's storage declared
     */
    public record Media(byte[] content, String contentType) {
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).filter(v -> v.matches("[0-9]{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v))).orElse(null);
    }
}
