package io.switchboard.plugins.twilio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST client speaks Twilio's 2010-04-01 API with basic auth, and guards the credentials. */
class TwilioRestClientTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "token-xyz";

    private final FakeTwilio twilio = FakeTwilio.start(SID, TOKEN);
    private final HttpClient http = HttpClient.newHttpClient();
    private final TwilioRestClient client = new TwilioRestClient(http,
            new TwilioAccount(SID, TOKEN, URI.create(twilio.baseUrl() + "/")));

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void createPostsTheFormToTheAccountsResourceWithBasicAuth() throws Exception {
        TwilioResponse response = client.create("Messages", new FormBody().add("To", "+15551230000")
                .add("From", "+15559990000").add("Body", "Hi & bye"));

        assertEquals(201, response.status());
        assertTrue(response.text("sid").orElseThrow().startsWith("SM"));
        FakeTwilio.Received sent = twilio.created("Messages").get(0);
        assertEquals("/2010-04-01/Accounts/" + SID + "/Messages.json", sent.path());
        assertEquals("Hi & bye", sent.field("Body"));
        assertEquals(new TwilioAccount(SID, TOKEN, URI.create("http://x")).basicAuthorization(), sent.authorization());
    }

    @Test
    void aRepeatedFieldIsSentOncePerValue() throws Exception {
        client.create("Calls", new FormBody().add("To", "+15551230000").add("From", "+15559990000")
                .add("Twiml", "<Response/>").add("StatusCallbackEvent", "answered")
                .add("StatusCallbackEvent", "completed"));
        assertEquals(List.of("answered", "completed"), twilio.created("Calls").get(0).fields("StatusCallbackEvent"));
    }

    @Test
    void wrongCredentialsGetTwiliosAuthenticationError() throws Exception {
        TwilioRestClient wrong = new TwilioRestClient(http, new TwilioAccount(SID, "not-it",
                URI.create(twilio.baseUrl())));
        TwilioResponse response = wrong.create("Messages", new FormBody().add("To", "+15551230000"));
        assertEquals(401, response.status());
        assertEquals("20003", TwilioError.of(response).code());
    }

    @Test
    void aRetryAfterHeaderIsRead() throws Exception {
        twilio.rateLimitNext(9);
        TwilioResponse response = client.create("Messages", new FormBody().add("To", "+15551230000"));
        assertEquals(java.time.Duration.ofSeconds(9), response.retryAfter());
        TwilioResponse ordinary = client.create("Messages", new FormBody().add("To", "+15551230000")
                .add("From", "+15559990000").add("Body", "x"));
        assertNull(ordinary.retryAfter());
    }

    @Test
    void mediaIsDownloadedWithTheAccountsCredentials() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        String url = twilio.addMedia("/2010-04-01/Accounts/" + SID + "/Messages/MM1/Media/ME1", "image/png", png);

        TwilioRestClient.Media media = client.download(url).orElseThrow();
        assertArrayEquals(png, media.content());
        assertEquals("image/png", media.contentType());
    }

    @Test
    void mediaThatNoLongerExistsIsEmpty() throws Exception {
        assertEquals(Optional.empty(), client.download(twilio.baseUrl() + "/2010-04-01/Accounts/" + SID
                + "/Messages/MM1/Media/gone"));
    }

    @Test
    void credentialsAreNeverSentToAnotherOrigin() {
        IOException refused = assertThrows(IOException.class, () -> client.download("https://evil.example/x"));
        assertTrue(refused.getMessage().contains("not on the configured Twilio API origin"));
    }

    @Test
    void aRedirectToMediaStorageIsFollowedWithoutCredentials() throws Exception {
        AtomicReference<String> storageAuthorization = new AtomicReference<>("unset");
        HttpServer storage = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        storage.createContext("/blob", exchange -> {
            storageAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "jpeg".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/media", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + storage.getAddress().getPort()
                    + "/blob");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        storage.start();
        api.start();
        try {
            TwilioRestClient viaApi = new TwilioRestClient(http, new TwilioAccount(SID, TOKEN,
                    URI.create("http://127.0.0.1:" + api.getAddress().getPort())));
            TwilioRestClient.Media media = viaApi.download("http://127.0.0.1:" + api.getAddress().getPort()
                    + "/media").orElseThrow();
            assertEquals("jpeg", new String(media.content(), StandardCharsets.UTF_8));
            assertNull(storageAuthorization.get(), "the media store must not receive the account's credentials");
        } finally {
            api.stop(0);
            storage.stop(0);
        }
    }

    @Test
    void theAccountsDescriptionHidesTheAuthToken() {
        assertTrue(!new TwilioAccount(SID, TOKEN, URI.create("https://api.twilio.com")).toString().contains(TOKEN));
    }
}
