package io.switchboard.plugins.meta;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls to the Graph API with the account's access token in an {@code Authorization: Bearer}
 * header, which keeps the token out of URLs and therefore out of access logs.
 */
public final class GraphClient {

    /** How long one Graph API call may take before it counts as failed (and is retried). */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final MetaAccount account;

    /**
     * A client for one account.
     *
     * @param http the host's HTTP client
     * @param account the account
     */
    public GraphClient(HttpClient http, MetaAccount account) {
        this.http = http;
        this.account = account;
    }

    /**
     * POSTs a JSON body to a path under the account's API version.
     *
     * @param path the path, such as {@code me/messages}
     * @param body the body
     * @return the response
     * @throws IOException when the API cannot be reached
     * @throws InterruptedException when interrupted while waiting
     */
    public GraphResponse postJson(String path, JsonObject body) throws IOException, InterruptedException {
        HttpRequest request = authorized(account.graphUrl(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return send(request);
    }

    /**
     * GETs a path under the account's API version.
     *
     * @param pathAndQuery the path with an optional query, such as {@code 12345?fields=first_name}
     * @return the response
     * @throws IOException when the API cannot be reached
     * @throws InterruptedException when interrupted while waiting
     */
    public GraphResponse get(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery, TIMEOUT);
    }

    /**
     * GETs a path under the account's API version, waiting at most {@code timeout}; for
     * lookups on a webhook's path, which Meta only waits for a few seconds.
     *
     * @param pathAndQuery the path with an optional query
     * @param timeout how long to wait for the answer
     * @return the response
     * @throws IOException when the API cannot be reached in time
     * @throws InterruptedException when interrupted while waiting
     */
    public GraphResponse get(String pathAndQuery, Duration timeout) throws IOException, InterruptedException {
        return send(authorized(account.graphUrl(pathAndQuery)).timeout(timeout).GET().build());
    }

    /**
     * GETs an absolute URL the API handed out (a media download URL).
     *
     * @param url the URL
     * @param withToken whether the URL needs the access token (WhatsApp media URLs do; a
     *     Messenger attachment URL is a signed CDN link that must not receive the token)
     * @return the response
     * @throws IOException when the URL cannot be reached
     * @throws InterruptedException when interrupted while waiting
     */
    public GraphResponse download(URI url, boolean withToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = withToken ? authorized(url) : HttpRequest.newBuilder(url).timeout(TIMEOUT);
        return send(request.GET().build());
    }

    private HttpRequest.Builder authorized(URI url) {
        return HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + account.accessToken());
    }

    private GraphResponse send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new GraphResponse(response.statusCode(), response.headers(), response.body());
    }
}
