package io.switchboard.host.conversations;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** Who a message is from and who sees it: customer in, agent out, or a private note. */
public enum Direction {
    @SerializedName("inbound") INBOUND,
    @SerializedName("outbound") OUTBOUND,
    @SerializedName("note") NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
