package io.portolan.compare;

import io.portolan.engine.FirewallRule;
import io.portolan.engine.Hop;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The zones a rule's traffic leaves and enters, in the later revision's terms, as one number: a comparison of two
 * requests asks it of every pair of rules, and a request's rules share a few dozen hops, so each hop is worked out once.
 */
final class RuleZones {

    private static final int NO_ZONE = -1;

    private final DesignMatching matching;
    private final TextCodes codes = new TextCodes();
    private final Map<Hop, Long> earlierHops = new IdentityHashMap<>();
    private final Map<Hop, Long> laterHops = new IdentityHashMap<>();

    RuleZones(DesignMatching matching) {
        this.matching = matching;
    }

    /** True when the earlier rule leaves and enters the zones (as matched) that the later one does. */
    boolean same(FirewallRule earlier, FirewallRule later) {
        return zones(earlier, true) == zones(later, false);
    }

    /** The zones the rule leaves and enters, as one number; equal for two rules exactly when {@link #same} is true. */
    long zones(FirewallRule rule, boolean earlier) {
        Hop hop = rule.hop();
        if (hop == null) {
            return pair(rule.source().zoneId(), rule.destination().zoneId(), earlier);
        }
        Map<Hop, Long> hops = earlier ? earlierHops : laterHops;
        Long zones = hops.get(hop);
        if (zones == null) {
            zones = pair(hop.fromZoneId(), hop.toZoneId(), earlier);
            hops.put(hop, zones);
        }
        return zones;
    }

    private long pair(String from, String to, boolean earlier) {
        return (long) code(from, earlier) << Integer.SIZE | code(to, earlier) & 0xFFFF_FFFFL;
    }

    /** One number per zone id in the later revision's terms (an earlier zone's as {@link DesignMatching#zone} names it). */
    private int code(String zoneId, boolean earlier) {
        String id = earlier ? matching.zone(zoneId) : zoneId;
        if (id == null) {
            return NO_ZONE;
        }
        return codes.code(id);
    }
}
