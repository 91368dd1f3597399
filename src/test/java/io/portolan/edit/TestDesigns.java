package io.portolan.edit;

import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowOverrides;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;

/** Small designs for the command tests: an internet zone above a DMZ above an internal zone. */
final class TestDesigns {

    static final Zone INTERNET = new Zone("internet", "Internet", ZoneKind.INTERNET, List.of(), new Bounds(0, 0, 600, 200));
    static final Zone DMZ = new Zone("dmz", "DMZ", ZoneKind.DMZ, List.of("192.168.10.0/24"), new Bounds(0, 240, 600, 260));
    static final Zone INTERNAL = new Zone("lan", "Internal", ZoneKind.INTERNAL, List.of(), new Bounds(0, 540, 600, 300));

    private TestDesigns() {
    }

    /** Three zones, two firewalls on the borders, a Gateway in the DMZ and a StoreFront inside. */
    static Design threeZones() {
        Firewall external = new Firewall("fw-ext", "External firewall", List.of("internet", "dmz"), new Point(300, 220));
        Firewall internal = new Firewall("fw-int", "Internal firewall", List.of("dmz", "lan"), new Point(300, 520));
        Node gateway = new Node("gw", "citrix.gateway", "Gateway", "", "", "dmz", new Point(100, 400), List.of("edt"), 1);
        Node storefront = new Node("sf", "citrix.storefront", "StoreFront", "", "", "lan", new Point(100, 700), List.of(), 2);
        return new Design(List.of(INTERNET, DMZ, INTERNAL), List.of(external, internal), List.of(gateway, storefront),
                FlowOverrides.NONE, RequestInfo.EMPTY);
    }
}
