package io.switchboard.plugins.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.switchboard.api.channel.DeliveryResult;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphFailuresTest {

    /** WhatsApp's transient codes, as the WhatsApp plugin configures them. */
    private final GraphFailures failures = new GraphFailures(Set.of(130429, 131056, 131000, 131016, 133004));

    @ParameterizedTest(name = "HTTP {0} with code {1} is retried")
    @CsvSource({
        "400, 130429", // throughput rate limit
        "400, 131056", // business/consumer pair rate limit
        "400, 4", // application request limit
        "400, 613", // calls exceed the rate limit
        "500, 131000", // something went wrong
        "503, 133004", // server temporarily unavailable
        "400, 2", // service temporarily unavailable
        "429, 80007", // throttled by HTTP status alone
        "502, -1", // a proxy error page without a Graph error
    })
    void throttlingAndOutagesAreRetried(int status, int code) {
        assertInstanceOf(DeliveryResult.Retry.class, failures.classify(response(status, code)));
    }

    @ParameterizedTest(name = "HTTP {0} with code {1} fails the message")
    @CsvSource({
        "400, 100", // invalid parameter
        "401, 190", // access token expired or invalid
        "400, 131047", // re-engagement: the 24-hour window is over
        "400, 131026", // message undeliverable
        "400, 131051", // unsupported message type
        "400, 132001", // template does not exist
        "400, 368", // temporarily blocked for policy violations
        "400, 551", // Messenger: this person is not available
    })
    void permanentErrorsFailTheMessageWithTheProvidersWords(int status, int code) {
        DeliveryResult result = failures.classify(response(status, code));
        DeliveryResult.Failed failed = assertInstanceOf(DeliveryResult.Failed.class, result);
        assertEquals(String.valueOf(code), failed.code());
        assertEquals("(#" + code + ") Title " + code + ": Details of " + code, failed.reason());
    }

    @Test
    void aSubcodeIsPartOfTheCode() {
        GraphResponse response = new GraphResponse(400, headers(Map.of()), ("{\"error\":{\"message\":\"(#10) This"
                + " message is sent outside of allowed window.\",\"type\":\"OAuthException\",\"code\":10,"
                + "\"error_subcode\":2018278,\"fbtrace_id\":\"Abc\"}}").getBytes(StandardCharsets.UTF_8));
        DeliveryResult.Failed failed = assertInstanceOf(DeliveryResult.Failed.class, failures.classify(response));
        assertEquals("10/2018278", failed.code());
        assertEquals("(#10) This message is sent outside of allowed window.", failed.reason());
    }

    @Test
    void aRetryAfterHeaderIsPassedOn() {
        GraphResponse response = new GraphResponse(429, headers(Map.of("retry-after", "30")), new byte[0]);
        DeliveryResult.Retry retry = assertInstanceOf(DeliveryResult.Retry.class, failures.classify(response));
        assertEquals(Duration.ofSeconds(30), retry.retryAfter());
    }

    @Test
    void aTimeoutIsRetried() {
        DeliveryResult result = GraphFailures.unreachable(new HttpTimeoutException("request timed out"));
        assertEquals("the Graph API timed out (HttpTimeoutException)",
                assertInstanceOf(DeliveryResult.Retry.class, result).reason());
    }

    private static GraphResponse response(int status, int code) {
        String body = code < 0 ? "<html>Bad gateway</html>" : "{\"error\":{\"message\":\"(#" + code + ") Title " + code
                + "\",\"type\":\"OAuthException\",\"code\":" + code + ",\"error_data\":{\"messaging_product\":"
                + "\"whatsapp\",\"details\":\"Details of " + code + "\"},\"fbtrace_id\":\"AbCd\"}}";
        return new GraphResponse(status, headers(Map.of()), body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpHeaders headers(Map<String, String> values) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        values.forEach((k, v) -> map.put(k, List.of(v)));
        return HttpHeaders.of(map, (a, b) -> true);
    }
}
