package io.portolan.engine;

import io.portolan.model.PortSet;

/**
 * The ports of a merged rule that only a condition asks for.
 *
 * @param condition the condition by the names a user reads ({@code SSL}, {@code EDT (HDX over UDP)})
 * @param ports the ports no unconditional flow of the rule also needs; empty when the conditional flows have
 *     no port numbers (ICMP, IP, or ports given only in words), so the condition governs the protocol as such
 */
public record ConditionalPorts(String condition, PortSet ports) {
}
