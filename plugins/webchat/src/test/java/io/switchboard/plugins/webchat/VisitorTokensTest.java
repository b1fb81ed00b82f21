package io.switchboard.plugins.webchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class VisitorTokensTest {

    private final String key = InMemoryChannelContext.key((byte) 3);
    private final VisitorTokens tokens = new VisitorTokens(key);

    @Test
    void aTokenIsTheVisitorIdAndItsHmacSha256InBase64Url() throws Exception {
        String visitorId = tokens.newVisitorId();

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(visitorId.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(visitorId + "." + signature, tokens.issue(visitorId));
    }

    @Test
    void anIssuedTokenVerifiesAsItsVisitor() {
        String visitorId = tokens.newVisitorId();

        assertEquals(Optional.of(new Visitor(visitorId)), tokens.verify(tokens.issue(visitorId)));
    }

    @Test
    void visitorIdsAreVPrefixedAnd22UrlSafeCharacters() {
        assertTrue(tokens.newVisitorId().matches("v_[A-Za-z0-9_-]{22}"));
    }

    @Test
    void aSigningKeyShorterThan32BytesIsRefused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThrows(IllegalArgumentException.class, () -> new VisitorTokens(shortKey));
    }

    @Test
    void aSigningKeyThatIsNotBase64IsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VisitorTokens("not base64 at all!"));
    }
}
