package io.switchboard.plugins.email;

import java.util.Optional;

/**
 * Where polling stands in one IMAP folder, as the host stores it with each committed batch:
 * {@code imap:UIDVALIDITY:LAST:SETTLED}. {@code LAST} is the highest UID whose message the
 * host committed; {@code SETTLED} the highest UID already marked seen or moved. Messages are
 * only marked or moved once a later poll hands back a cursor proving they were committed, so
 * a poll interrupted before its commit never loses or hides mail.
 *
 * @param uidValidity the folder's UIDVALIDITY the UIDs belong to
 * @param lastUid the highest committed UID, 0 before the first message
 * @param settledUid the highest UID whose processed-mail action is done
 */
record PollCursor(long uidValidity, long lastUid, long settledUid) {

    private static final String PREFIX = "imap:";

    /** A cursor before the first message of a folder. */
    static PollCursor start(long uidValidity) {
        return new PollCursor(uidValidity, 0, 0);
    }

    String encode() {
        return PREFIX + uidValidity + ":" + lastUid + ":" + settledUid;
    }

    /**
     * Reads a stored cursor.
     *
     * @param text the stored text, or {@code null} the first time
     * @return the cursor, or empty when there is none or it is not one of ours
     */
    static Optional<PollCursor> decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.substring(PREFIX.length()).split(":");
        try {
            if (parts.length == 3) {
                return Optional.of(new PollCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        Long.parseLong(parts[2])));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The cursor after a batch ending at {@code uid}; everything up to the old last UID is now settled. */
    PollCursor after(long uid) {
        return new PollCursor(uidValidity, Math.max(lastUid, uid), lastUid);
    }
}
