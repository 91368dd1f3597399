package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.Firewall;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Changes properties of one firewall: its name or the zones it joins.
 *
 * @param firewallId the firewall to change; a missing firewall leaves the design as it is
 * @param change what to do to it
 * @param description what the change is, for Undo
 */
public record EditFirewall(String firewallId, UnaryOperator<Firewall> change, String description) implements Command {

    public EditFirewall {
        Objects.requireNonNull(firewallId, "firewallId");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(description, "description");
    }

    /** Renames the firewall. */
    public static EditFirewall name(String firewallId, String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a firewall needs a name");
        }
        return new EditFirewall(firewallId, f -> f.withName(trimmed), "Rename firewall");
    }

    /** Sets the zones the firewall joins; ids of zones not in the design are dropped. */
    public static EditFirewall zones(String firewallId, List<String> zoneIds) {
        return new EditFirewall(firewallId, f -> f.withZoneIds(List.copyOf(zoneIds)), "Set firewall zones");
    }

    @Override
    public Design apply(Design design) {
        return design.firewall(firewallId).map(firewall -> {
            Firewall changed = change.apply(firewall);
            List<String> known = changed.zoneIds().stream().filter(id -> design.zone(id).isPresent()).distinct().toList();
            return design.withFirewall(changed.withZoneIds(known));
        }).orElse(design);
    }
}
