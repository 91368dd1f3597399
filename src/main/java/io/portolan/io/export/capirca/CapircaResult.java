package io.portolan.io.export.capirca;

import java.nio.file.Path;
import java.util.List;

/**
 * What was written.
 *
 * @param folder the Capirca folder
 * @param policies the policy files written, one per firewall with rules, relative to the folder
 * @param terms the terms written over every policy
 * @param leftOut the rules of the request that are not in any policy (implicit boundaries, no route, no address,
 *     ports only in words)
 * @param configurations the platform configurations aclgen wrote, relative to the folder; empty when it did not run
 */
public record CapircaResult(Path folder, List<String> policies, int terms, int leftOut, List<String> configurations) {

    public CapircaResult {
        policies = List.copyOf(policies);
        configurations = List.copyOf(configurations);
    }

    /** True when aclgen rendered the policies. */
    public boolean rendered() {
        return !configurations.isEmpty();
    }
}
