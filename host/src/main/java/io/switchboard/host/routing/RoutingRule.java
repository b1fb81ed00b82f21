package io.switchboard.host.routing;

/** A routing rule in its place in the ordered list; disabled rules are skipped. */
public record RoutingRule(long id, String name, int position, boolean enabled, RuleConditions conditions,
                          RuleActions actions) {
}
