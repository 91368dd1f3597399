package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Connects a firewall to a zone, or disconnects it: the link a user draws from the firewall to a zone.
 *
 * @param firewallId the firewall
 * @param zoneId the zone
 * @param connect true to connect, false to disconnect
 */
public record LinkFirewall(String firewallId, String zoneId, boolean connect) implements Command {

    public LinkFirewall {
        Objects.requireNonNull(firewallId, "firewallId");
        Objects.requireNonNull(zoneId, "zoneId");
    }

    @Override
    public Design apply(Design design) {
        Firewall firewall = design.firewall(firewallId).orElse(null);
        if (firewall == null || design.zone(zoneId).isEmpty() || firewall.joins(zoneId) == connect) {
            return design;
        }
        List<String> zones = new ArrayList<>(firewall.zoneIds());
        if (connect) {
            zones.add(zoneId);
        } else {
            zones.remove(zoneId);
        }
        return design.withFirewall(firewall.withZoneIds(zones));
    }

    @Override
    public String description() {
        return connect ? "Connect firewall to zone" : "Disconnect firewall from zone";
    }
}
