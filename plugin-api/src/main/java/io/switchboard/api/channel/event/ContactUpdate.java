package io.switchboard.api.channel.event;

import io.switchboard.api.channel.Address;
import java.util.List;
import java.util.Objects;

/**
 * Details a customer gave about themselves on a channel: a web chat visitor leaving an
 * email address, a profile name. The host adds the other addresses as identities of the
 * contact of {@code address}; where another contact already owns one, the two are merged.
 *
 * @param address the address the customer is known by on this channel
 * @param displayName their name, or {@code null} to keep the current one
 * @param otherAddresses further addresses of the same person
 * @since 1.0
 */
public record ContactUpdate(Address address, String displayName, List<Address> otherAddresses)
        implements InboundEvent {

    /**
     * Validates the components and copies the list.
     *
     * @since 1.0
     */
    public ContactUpdate {
        Objects.requireNonNull(address, "address");
        otherAddresses = List.copyOf(otherAddresses == null ? List.of() : otherAddresses);
    }
}
