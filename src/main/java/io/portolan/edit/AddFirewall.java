package io.portolan.edit;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Places a new firewall ({@code Firewall}, {@code Firewall 2}). Dropped on the border between zones, it
 * joins the zones whose edges it sits on; elsewhere it joins none until the user links it.
 *
 * @param position the centre of the firewall on the canvas
 */
public record AddFirewall(Point position) implements Command {

    /** The id prefix of placed firewalls. */
    public static final String ID_PREFIX = "fw-";
    /** How close to a zone's edge a new firewall must be to join that zone. */
    public static final double EDGE_DISTANCE = 28;

    public AddFirewall {
        Objects.requireNonNull(position, "position");
    }

    @Override
    public Design apply(Design design) {
        return design.withFirewall(newFirewall(design));
    }

    /** The firewall this command adds. */
    public Firewall newFirewall(Design design) {
        List<String> joined = new ArrayList<>();
        for (Zone zone : design.zones()) {
            if (onEdge(zone.bounds(), position)) {
                joined.add(zone.id());
            }
        }
        return new Firewall(design.nextId(ID_PREFIX), Names.uniqueFirewallName(design, "Firewall"), joined, position);
    }

    private static boolean onEdge(Bounds b, Point p) {
        boolean withinX = p.x() >= b.x() - EDGE_DISTANCE && p.x() <= b.x() + b.width() + EDGE_DISTANCE;
        boolean withinY = p.y() >= b.y() - EDGE_DISTANCE && p.y() <= b.y() + b.height() + EDGE_DISTANCE;
        if (!withinX || !withinY) {
            return false;
        }
        double toLeft = Math.abs(p.x() - b.x());
        double toRight = Math.abs(p.x() - (b.x() + b.width()));
        double toTop = Math.abs(p.y() - b.y());
        double toBottom = Math.abs(p.y() - (b.y() + b.height()));
        return Math.min(Math.min(toLeft, toRight), Math.min(toTop, toBottom)) <= EDGE_DISTANCE;
    }

    @Override
    public String description() {
        return "Add firewall";
    }
}
