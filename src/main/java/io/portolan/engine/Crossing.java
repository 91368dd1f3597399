package io.portolan.engine;

/** How a flow relates to the zones: stays inside one, crosses boundaries, or cannot be placed. */
public enum Crossing {
    /** Source and destination sit in the same zone; no firewall is passed. */
    SAME_ZONE,
    /** The flow crosses at least one zone boundary; its route names the firewalls. */
    CROSSING,
    /** The zones are in the firewall graph but no path of firewalls joins them. */
    UNROUTABLE,
    /** An end sits outside every zone, so no route can be worked out. */
    UNZONED;

    /** True for flows a firewall team must act on: those crossing a boundary, routable or not. */
    public boolean needsRule() {
        return this != SAME_ZONE;
    }

    /** True for flows that leave their zone but have no route, so no firewall can be named: unroutable or unzoned. */
    public boolean unrouted() {
        return this == UNROUTABLE || this == UNZONED;
    }
}
