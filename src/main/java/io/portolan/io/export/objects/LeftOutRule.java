package io.portolan.io.export.objects;

import io.portolan.engine.FirewallRule;

/**
 * A rule of the request that objects cannot stand for, wholly or in part, and why: an end without an address
 * (an internet service known by host name), ports the vendor gives only in words, an IPv4 end facing an IPv6 end.
 *
 * @param number the rule's number in the request
 * @param rule the engine's rule
 * @param reason why, in words a firewall engineer can act on
 * @param partly true when the rule is kept with the ports that have numbers, and only its ports in words are left out
 */
public record LeftOutRule(int number, FirewallRule rule, String reason, boolean partly) {
}
