package io.switchboard.plugins.email;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Message-IDs of replies: {@code <sb.MESSAGEID.INSTANCETAG@DOMAIN>}, derived only from the
 * host's message id and this instance (its key and host-kept signing key), so a delivery
 * retried after a crash carries the same id and the customer's client shows the mail once.
 * The instance tag keeps ids of different desks and instances apart; the domain is the From
 * address's. Returned to the host with angle brackets, exactly as in the header.
 */
final class OutgoingIds {

    private final String instanceTag;
    private final String domain;

    OutgoingIds(String instanceKey, String signingKey, String fromAddress) {
        byte[] hash = SyntheticIds.sha256().digest((instanceKey + "\n" + signingKey).getBytes(StandardCharsets.UTF_8));
        this.instanceTag = HexFormat.of().formatHex(hash, 0, 6);
        String host = fromAddress.substring(fromAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        this.domain = host.isBlank() ? "switchboard.invalid" : host;
    }

    String forMessage(String hostMessageId) {
        String safe = hostMessageId.replaceAll("[^A-Za-z0-9._-]", "_");
        return "<sb." + safe + "." + instanceTag + "@" + domain + ">";
    }
}
