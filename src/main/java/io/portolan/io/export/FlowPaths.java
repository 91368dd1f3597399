package io.portolan.io.export;

import io.portolan.engine.Flow;
import io.portolan.engine.Hop;
import io.portolan.model.Design;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.List;

/** The way a flow takes through the firewalls, in a line of text. */
public final class FlowPaths {

    private FlowPaths() {
    }

    /** {@code Edge firewall (Internet > DMZ); Internal firewall (DMZ > Internal)}, or what stands for no path. */
    public static String path(Design design, Flow flow) {
        switch (flow.crossing()) {
            case SAME_ZONE:
                return "same zone";
            case UNROUTABLE:
                return "unroutable";
            case UNZONED:
                return "outside zones";
            default:
                break;
        }
        List<String> hops = new ArrayList<>(flow.route().hops().size());
        for (Hop hop : flow.route().hops()) {
            hops.add(hop.boundary().name() + " (" + name(design, hop.fromZoneId()) + " > " + name(design, hop.toZoneId()) + ")");
        }
        return String.join("; ", hops);
    }

    private static String name(Design design, String zoneId) {
        return design.zone(zoneId).map(Zone::name).orElse(zoneId);
    }
}
