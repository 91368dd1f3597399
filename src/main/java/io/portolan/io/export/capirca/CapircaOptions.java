package io.portolan.io.export.capirca;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the Capirca folder is written.
 *
 * @param platforms the targets every policy header lists, in order; at least one
 * @param replace true to replace a folder that holds files
 * @param aclgen the aclgen to render the policies with into {@code out/}, or null to write the policies only
 * @param timeout how long aclgen may take
 */
public record CapircaOptions(List<Platform> platforms, boolean replace, Aclgen aclgen, Duration timeout) {

    /** Long enough for the policies of a large design; a run that takes longer is stuck. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    public CapircaOptions {
        platforms = List.copyOf(platforms);
        if (platforms.isEmpty()) {
            throw new IllegalArgumentException("at least one platform");
        }
        timeout = Objects.requireNonNullElse(timeout, DEFAULT_TIMEOUT);
    }

    /** The policies for the platforms, not rendered, into a new or empty folder. */
    public static CapircaOptions policiesOnly(List<Platform> platforms) {
        return new CapircaOptions(platforms, false, null, DEFAULT_TIMEOUT);
    }
}
