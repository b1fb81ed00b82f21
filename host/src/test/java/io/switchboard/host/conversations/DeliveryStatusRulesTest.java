package io.switchboard.host.conversations;

import static io.switchboard.api.channel.DeliveryStatus.DELIVERED;
import static io.switchboard.api.channel.DeliveryStatus.FAILED;
import static io.switchboard.api.channel.DeliveryStatus.QUEUED;
import static io.switchboard.api.channel.DeliveryStatus.READ;
import static io.switchboard.api.channel.DeliveryStatus.SENT;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeliveryStatusRulesTest {

    @Test
    void statusesMoveForward() {
        assertTrue(DeliveryStatusRules.canMove(SENT, DELIVERED));
        assertTrue(DeliveryStatusRules.canMove(SENT, READ));
    }

    @Test
    void aLateCallbackNeverMovesAMessageBack() {
        assertFalse(DeliveryStatusRules.canMove(READ, DELIVERED));
        assertFalse(DeliveryStatusRules.canMove(DELIVERED, SENT));
    }

    @Test
    void aFailureCanFollowSentButNotDelivery() {
        assertTrue(DeliveryStatusRules.canMove(SENT, FAILED));
        assertTrue(DeliveryStatusRules.canMove(QUEUED, FAILED));
        assertFalse(DeliveryStatusRules.canMove(DELIVERED, FAILED));
    }

    @Test
    void aFailedMessageStaysFailed() {
        assertFalse(DeliveryStatusRules.canMove(FAILED, READ));
    }
}
