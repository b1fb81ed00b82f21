package io.switchboard.host.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;

/**
 * Loads a synthetic desk for the search benchmark straight over JDBC: contacts, conversations
 * (10 messages each) and messages whose text mixes a small, skewed vocabulary (common words
 * occur in a large share of messages) with a unique order number per conversation (a rare
 * word), so queries can be chosen by how many messages they match.
 */
final class SearchCorpus {

    /** Common support words first: word i is picked with a probability falling with i. */
    static final String[] WORDS = ("order parcel delivery refund where is my the a and please help thanks package"
            + " arrived damaged replacement tracking number address courier late week today tomorrow exchange size"
            + " colour broken missing return label invoice payment card charged twice discount code shipping"
            + " international customs warehouse store pickup voucher gift wrap subscription cancel account password"
            + " email phone call back manager complaint quality umbrella teapot kettle lamp chair blanket jacket"
            + " sneakers backpack headphones charger cable blender toaster mirror candle vase").split(" ");
    static final int MESSAGES_PER_CONVERSATION = 10;

    private final Random random = new Random(42);

    void load(Connection c, int messages) throws SQLException {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        long instance = instance(c, now);
        int conversations = Math.max(1, messages / MESSAGES_PER_CONVERSATION);
        int contacts = Math.max(1, conversations / 5);
        try (PreparedStatement contact = c.prepareStatement("INSERT INTO contacts (id, name, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?)");
             PreparedStatement identity = c.prepareStatement("INSERT INTO contact_identities (contact_id, kind, address,"
                     + " created_at) VALUES (?, 'email', ?, ?)")) {
            for (int i = 1; i <= contacts; i++) {
                contact.setLong(1, i);
                contact.setString(2, "Customer " + i);
                contact.setTimestamp(3, now);
                contact.setTimestamp(4, now);
                contact.addBatch();
                identity.setLong(1, i);
                identity.setString(2, "customer" + i + "@example.com");
                identity.setTimestamp(3, now);
                identity.addBatch();
                if (i % 5000 == 0 || i == contacts) {
                    contact.executeBatch();
                    identity.executeBatch();
                    c.commit();
                }
            }
        }
        try (PreparedStatement conversation = c.prepareStatement("INSERT INTO conversations (id, contact_id,"
                + " channel_instance_id, customer_kind, customer_address, status, thread_token, created_at, updated_at)"
                + " VALUES (?, ?, ?, 'email', ?, 'open', ?, ?, ?)");
             PreparedStatement message = c.prepareStatement("INSERT INTO messages (conversation_id,"
                     + " channel_instance_id, direction, kind, body_text, created_at) VALUES (?, ?, ?, 'text', ?, ?)")) {
            int written = 0;
            for (int conv = 1; conv <= conversations && written < messages; conv++) {
                int contactId = 1 + (conv - 1) % contacts;
                conversation.setLong(1, conv);
                conversation.setLong(2, contactId);
                conversation.setLong(3, instance);
                conversation.setString(4, "customer" + contactId + "@example.com");
                conversation.setString(5, "SB-B" + conv);
                conversation.setTimestamp(6, now);
                conversation.setTimestamp(7, now);
                conversation.addBatch();
                for (int m = 0; m < MESSAGES_PER_CONVERSATION && written < messages; m++, written++) {
                    message.setLong(1, conv);
                    message.setLong(2, instance);
                    message.setString(3, m % 2 == 0 ? "inbound" : "outbound");
                    message.setString(4, text(conv, m));
                    message.setTimestamp(5, now);
                    message.addBatch();
                }
                if (conv % 500 == 0) {
                    conversation.executeBatch();
                    message.executeBatch();
                    c.commit();
                }
            }
            conversation.executeBatch();
            message.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
    }

    /** The unique order number of a conversation: a word that matches one conversation's messages. */
    static String orderNumber(int conversation) {
        return "ord" + (1_000_000 + conversation);
    }

    private String text(int conversation, int index) {
        int words = 12 + random.nextInt(30);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // Squaring a uniform number skews picks to the front of the list.
            double u = random.nextDouble();
            text.append(WORDS[(int) (u * u * WORDS.length)]).append(' ');
        }
        if (index == 0) {
            text.append("about order ").append(orderNumber(conversation));
        }
        return text.toString().strip();
    }

    private static long instance(Connection c, Timestamp now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO channel_instances (instance_key, channel_type,"
                + " name, config_json, secrets_enc, signing_key, created_at, updated_at) VALUES ('bench-mail', 'email',"
                + " 'Bench mail', '{}', '', 'x', ?, ?)", new String[] {"id"})) {
            insert.setTimestamp(1, now);
            insert.setTimestamp(2, now);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                c.commit();
                return id;
            }
        }
    }
}
