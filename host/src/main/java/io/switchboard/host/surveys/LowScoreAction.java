package io.switchboard.host.surveys;

import java.util.Locale;

/** What a low survey answer does to its conversation, as the admin chooses per survey type. */
public enum LowScoreAction {
    /** Nothing beyond storing the answer. */
    NONE,
    /** Reopens the resolved conversation so an agent picks it up again. */
    REOPEN,
    /** Tags it {@code follow-up} and adds a note, leaving it resolved. */
    FLAG;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static LowScoreAction of(String id) {
        for (LowScoreAction action : values()) {
            if (action.id().equals(id)) {
                return action;
            }
        }
        throw new IllegalArgumentException("lowScoreAction must be none, reopen or flag, not " + id);
    }
}
