package io.portolan.engine;

/**
 * One boundary a flow passes, with the zone the traffic enters it from and the zone it leaves to.
 *
 * @param boundary the firewall or implicit boundary
 * @param fromZoneId the zone on the traffic's source side
 * @param toZoneId the zone on the traffic's destination side
 */
public record Hop(Boundary boundary, String fromZoneId, String toZoneId) {
}
