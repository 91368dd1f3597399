package io.portolan.io.export.workbook;

import io.portolan.engine.Crossing;
import io.portolan.model.Node;

/**
 * One row of the Rules sheet, as text, with the keys it is sorted by.
 *
 * @param firewallOrder position of the firewall in the engine's firewall order; unroutable and unzoned rows come last
 * @param firewall what the Firewall column says
 * @param crossing how the flow crosses the zones (CROSSING, UNROUTABLE or UNZONED)
 * @param source the node that opens the connections
 * @param destination the node that listens
 * @param sourceZoneOrder the source zone's design position; unzoned last
 * @param destinationZoneOrder the destination zone's design position; unzoned last
 * @param protocolOrder the protocol's sort position (TCP, UDP, ICMP, then IP by number)
 * @param firstPort the lowest port, or -1 when the rule has none
 * @param cells the text of every column but the number, in {@link RuleColumn} order
 */
record RuleRow(int firewallOrder, String firewall, Crossing crossing, Node source, Node destination,
               int sourceZoneOrder, int destinationZoneOrder, int protocolOrder, int firstPort, String[] cells) {

    /** The text of a column; empty, never null, for an empty cell; the number column is not held here. */
    String cell(RuleColumn column) {
        return cells[column.ordinal()];
    }

    /** True for a flow that has no route through the firewalls (unroutable or outside every zone). */
    boolean unrouted() {
        return crossing != Crossing.CROSSING;
    }
}
