package io.switchboard.plugins.messenger;

import io.switchboard.api.channel.ChannelState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Remembers the latest messages sent to each customer, with when they were sent. Messenger's
 * read receipts (and delivery receipts from older clients) name no message, only a watermark
 * time before which everything was read, so they are matched against this log. Entries are
 * never removed by a receipt: a receipt the host fails to commit comes again and must still
 * find its messages, and repeating READ for a message already read changes nothing.
 */
final class SentLog {

    /** How many messages per customer are remembered; older ones no longer get receipts. */
    static final int KEPT = 50;

    private final ChannelState state;

    SentLog(ChannelState state) {
        this.state = state;
    }

    /** One message sent. */
    record Entry(Instant sentAt, String messageId) {
    }

    void record(String psid, String messageId, Instant sentAt) {
        // Two deliveries to one customer never run at once (the host keeps per-conversation order).
        List<Entry> entries = new ArrayList<>(entries(psid));
        entries.add(new Entry(sentAt, messageId));
        List<Entry> kept = entries.subList(Math.max(0, entries.size() - KEPT), entries.size());
        StringBuilder text = new StringBuilder();
        for (Entry entry : kept) {
            text.append(entry.sentAt().toEpochMilli()).append(' ').append(entry.messageId()).append('\n');
        }
        state.put(key(psid), text.toString());
    }

    /** The messages to this customer sent at or before the watermark, oldest first. */
    List<String> sentUpTo(String psid, Instant watermark) {
        return entries(psid).stream().filter(e -> !e.sentAt().isAfter(watermark)).map(Entry::messageId).toList();
    }

    private List<Entry> entries(String psid) {
        List<Entry> entries = new ArrayList<>();
        for (String line : state.get(key(psid)).orElse("").split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                entries.add(new Entry(Instant.ofEpochMilli(Long.parseLong(line.substring(0, space))),
                        line.substring(space + 1)));
            }
        }
        return entries;
    }

    private static String key(String psid) {
        return "sent/" + psid;
    }
}
