package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Readable names for new things: {@code StoreFront}, then {@code StoreFront 2}, {@code StoreFront 3}. */
public final class Names {

    private static final Pattern NUMBER_SUFFIX = Pattern.compile("\\s+\\d+$");

    private Names() {
    }

    /** The first of {@code base}, {@code base 2}, {@code base 3}... that no node of the design is called. */
    public static String uniqueNodeName(Design design, String base) {
        Set<String> taken = new HashSet<>();
        for (Node node : design.nodes()) {
            taken.add(node.name());
        }
        return unique(taken, base);
    }

    /** The first free zone name built on the base. */
    public static String uniqueZoneName(Design design, String base) {
        Set<String> taken = new HashSet<>();
        for (Zone zone : design.zones()) {
            taken.add(zone.name());
        }
        return unique(taken, base);
    }

    /** The first free firewall name built on the base. */
    public static String uniqueFirewallName(Design design, String base) {
        Set<String> taken = new HashSet<>();
        for (Firewall firewall : design.firewalls()) {
            taken.add(firewall.name());
        }
        return unique(taken, base);
    }

    /** The name without a trailing number: {@code StoreFront} for {@code StoreFront 2}. */
    public static String base(String name) {
        String stripped = NUMBER_SUFFIX.matcher(name).replaceFirst("");
        return stripped.isBlank() ? name : stripped;
    }

    private static String unique(Set<String> taken, String base) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2; ; i++) {
            String candidate = base + " " + i;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
