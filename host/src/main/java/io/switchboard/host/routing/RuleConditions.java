package io.switchboard.host.routing;

import java.util.List;
import java.util.Map;

/**
 * What a new conversation must have for a rule to match; every present condition must hold,
 * and a rule without conditions matches everything.
 *
 * @param channelTypes the channel is one of these types (such as webchat, sms)
 * @param contactAttributes the contact has each of these attributes with this value (case-insensitive)
 * @param keywords the first message contains one of these words or phrases (case-insensitive)
 * @param businessHours {@code inside} or {@code outside} the channel's business hours
 */
public record RuleConditions(List<String> channelTypes, Map<String, String> contactAttributes, List<String> keywords,
                             String businessHours) {

    public RuleConditions {
        channelTypes = channelTypes == null ? List.of() : List.copyOf(channelTypes);
        contactAttributes = contactAttributes == null ? Map.of() : Map.copyOf(contactAttributes);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
