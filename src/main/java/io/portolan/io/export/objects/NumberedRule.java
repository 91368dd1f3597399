package io.portolan.io.export.objects;

import io.portolan.engine.FirewallRule;

/**
 * A rule of the request with its number, as the Rules sheet numbers it (from 1, in request order).
 *
 * @param number the rule's number in the request
 * @param rule the engine's rule
 */
public record NumberedRule(int number, FirewallRule rule) {
}
