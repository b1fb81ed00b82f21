package io.switchboard.host.routing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Picks the first enabled rule, in list order, whose conditions all hold. */
public final class RuleMatcher {

    private RuleMatcher() {
    }

    public static Optional<RoutingRule> firstMatch(List<RoutingRule> rules, NewConversation conversation) {
        return rules.stream().filter(RoutingRule::enabled).filter(rule -> matches(rule.conditions(), conversation))
                .findFirst();
    }

    static boolean matches(RuleConditions when, NewConversation conversation) {
        if (!when.channelTypes().isEmpty() && !when.channelTypes().contains(conversation.channelType())) {
            return false;
        }
        for (Map.Entry<String, String> wanted : when.contactAttributes().entrySet()) {
            String actual = conversation.attributes().get(wanted.getKey().toLowerCase(Locale.ROOT));
            if (actual == null || !actual.strip().equalsIgnoreCase(wanted.getValue().strip())) {
                return false;
            }
        }
        if (!when.keywords().isEmpty() && when.keywords().stream()
                .noneMatch(keyword -> containsWord(conversation.firstText(), keyword))) {
            return false;
        }
        if (when.businessHours() != null) {
            boolean inside = conversation.insideBusinessHours().getAsBoolean();
            return "inside".equals(when.businessHours()) == inside;
        }
        return true;
    }

    /** A whole-word match, so "refund" matches "Refund please!" but not "refunded". */
    static boolean containsWord(String text, String keyword) {
        if (text == null || keyword == null || keyword.isBlank()) {
            return false;
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword.strip())
                + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).find();
    }
}
