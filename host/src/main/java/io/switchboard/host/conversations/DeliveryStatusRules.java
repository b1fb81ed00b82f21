package io.switchboard.host.conversations;

import io.switchboard.api.channel.DeliveryStatus;

/**
 * Status callbacks arrive out of order; a message only moves forward
 * (QUEUED, SENT, DELIVERED, READ), and FAILED can replace only QUEUED or SENT.
 */
final class DeliveryStatusRules {

    private DeliveryStatusRules() {
    }

    static boolean canMove(DeliveryStatus current, DeliveryStatus next) {
        if (current == null) {
            return true;
        }
        if (current == DeliveryStatus.FAILED) {
            return false;
        }
        if (next == DeliveryStatus.FAILED) {
            return current == DeliveryStatus.QUEUED || current == DeliveryStatus.SENT;
        }
        return next.ordinal() > current.ordinal();
    }
}
