package io.switchboard.host.routing;

import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What routing conditions look at in a new conversation.
 *
 * @param attributes the contact's attributes, names lower-case
 * @param insideBusinessHours whether the channel's calendar is open now (asked only when a rule needs it)
 */
public record NewConversation(String channelType, Map<String, String> attributes, String firstText,
                              BooleanSupplier insideBusinessHours) {
}
