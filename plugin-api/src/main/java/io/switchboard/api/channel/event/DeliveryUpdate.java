package io.switchboard.api.channel.event;

import io.switchboard.api.channel.DeliveryStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider's status callback for one of our outbound messages. Updates that arrive out
 * of order never move a message back (a late SENT after READ is ignored).
 *
 * @param externalId the provider id returned by {@code deliver}
 * @param status the new status
 * @param at when the provider says it happened
 * @param errorCode the provider's error code for {@link DeliveryStatus#FAILED}, or {@code null}
 * @param errorMessage the provider's error text for {@link DeliveryStatus#FAILED}, or {@code null}
 * @since 1.0
 */
public record DeliveryUpdate(String externalId, DeliveryStatus status, Instant at, String errorCode,
                             String errorMessage) implements InboundEvent {

    /**
     * Validates the components.
     *
     * @since 1.0
     */
    public DeliveryUpdate {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
