package io.switchboard.plugins.sms;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.ChannelState;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The numbers that opted out of this channel's messages, kept in the instance's durable
 * state: one entry per number, holding when it opted out. Sending to them is refused before
 * Twilio is asked (Twilio would refuse with 21610 anyway), so the agent learns why at once.
 */
final class OptOutList {

    private static final String PREFIX = "opt-out:";

    private final ChannelState state;

    OptOutList(ChannelState state) {
        this.state = state;
    }

    /**
     * When a number opted out.
     *
     * @param number the customer's number
     * @return the moment, if it is opted out now
     */
    Optional<Instant> since(Address number) {
        return state.get(PREFIX + number.value()).flatMap(OptOutList::parse);
    }

    /**
     * Records an opt-out; the first one is kept when a customer sends STOP again.
     *
     * @param number the customer's number
     * @param at when they sent the keyword
     */
    void optOut(Address number, Instant at) {
        if (since(number).isEmpty()) {
            state.put(PREFIX + number.value(), at.toString());
        }
    }

    /**
     * Lifts an opt-out.
     *
     * @param number the customer's number
     */
    void optIn(Address number) {
        state.remove(PREFIX + number.value());
    }

    private static Optional<Instant> parse(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException e) {
            // Unreadable but present: still opted out, when is unknown.
            return Optional.of(Instant.EPOCH);
        }
    }
}
