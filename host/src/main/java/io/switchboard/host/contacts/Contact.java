package io.switchboard.host.contacts;

import java.time.Instant;
import java.util.List;

/** A customer, known by one or more identities across channels. */
public record Contact(long id, String name, List<Identity> identities, Instant createdAt) {

    public Contact {
        identities = List.copyOf(identities);
    }

    /** One address of the contact on one namespace, such as phone +15551234567. */
    public record Identity(String kind, String address, String displayName) {
    }
}
