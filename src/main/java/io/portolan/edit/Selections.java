package io.portolan.edit;

import io.portolan.model.Design;
import java.util.Collection;

/** Words for a selection in command descriptions. */
public final class Selections {

    private Selections() {
    }

    /** {@code 3 nodes}, {@code 2 nodes and 1 zone}: what the ids name in the design; unknown ids are left out. */
    public static String describe(Design design, Collection<String> ids) {
        int nodes = 0;
        int zones = 0;
        int firewalls = 0;
        for (String id : ids) {
            if (design.node(id).isPresent()) {
                nodes++;
            } else if (design.zone(id).isPresent()) {
                zones++;
            } else if (design.firewall(id).isPresent()) {
                firewalls++;
            }
        }
        StringBuilder text = new StringBuilder();
        append(text, nodes, "node", "nodes");
        append(text, zones, "zone", "zones");
        append(text, firewalls, "firewall", "firewalls");
        return text.length() == 0 ? "nothing" : text.toString();
    }

    private static void append(StringBuilder text, int n, String singular, String plural) {
        if (n == 0) {
            return;
        }
        if (text.length() > 0) {
            text.append(" and ");
        }
        text.append(Command.count(n, singular, plural));
    }
}
