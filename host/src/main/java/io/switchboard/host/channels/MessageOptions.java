package io.switchboard.host.channels;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.switchboard.api.channel.OutboundMessage;
import java.util.Map;

/**
 * The options a stored outbound message carries to its channel: only the quick-reply choices an
 * automated message (a survey) stored in its properties; nothing else is passed on. Delivery
 * hands them to the plugin with the message, and the channel's history shows them again, so a
 * reloaded web chat shows a survey's buttons as the live message did.
 */
public final class MessageOptions {

    private MessageOptions() {
    }

    public static Map<String, String> of(String propertiesJson) {
        if (propertiesJson == null || propertiesJson.isBlank()) {
            return Map.of();
        }
        JsonElement properties = JsonParser.parseString(propertiesJson);
        JsonElement choices = properties.isJsonObject()
                ? properties.getAsJsonObject().get(OutboundMessage.OPTION_CHOICES) : null;
        return choices == null || !choices.isJsonPrimitive() ? Map.of()
                : Map.of(OutboundMessage.OPTION_CHOICES, choices.getAsString());
    }
}
