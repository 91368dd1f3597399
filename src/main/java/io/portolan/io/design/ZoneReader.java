package io.portolan.io.design;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.json.JsonFields;
import io.portolan.model.Addresses;
import io.portolan.model.Bounds;
import io.portolan.model.Firewall;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the zones of a design file and the firewalls that join them. */
final class ZoneReader {

    private static final Set<String> ZONE_FIELDS = Set.of("id", "name", "kind", "cidrs", "bounds");
    private static final Set<String> FIREWALL_FIELDS = Set.of("id", "name", "zones", "position");

    private final DesignReading reading;
    private final JsonFields fields;

    ZoneReader(DesignReading reading) {
        this.reading = reading;
        this.fields = reading.fields();
    }

    /** The zones that are complete; every zone with an id is known to the reading, complete or not. */
    List<Zone> readZones(JsonNode list) {
        return fields.objects(list, "$.zones", ZONE_FIELDS, this::readZone);
    }

    private Optional<Zone> readZone(JsonNode node, String path) {
        String id = reading.id(node, path);
        String name = fields.requiredText(node, "name", path);
        ZoneKind kind = fields.named(fields.requiredText(node, "kind", path), ZoneKind::parse, path + ".kind", ZoneKind::unknown);
        List<String> cidrs = cidrs(node, path);
        Bounds bounds = bounds(node.path("bounds"), path + ".bounds");
        if (id != null) {
            reading.addZone(id);
        }
        if (id == null || name == null || kind == null || bounds == null) {
            return Optional.empty();
        }
        return Optional.of(new Zone(id, name, kind, cidrs, bounds));
    }

    private List<String> cidrs(JsonNode zone, String path) {
        List<String> cidrs = fields.strings(zone, "cidrs", path);
        for (int c = 0; c < cidrs.size(); c++) {
            String place = path + ".cidrs[" + c + "]";
            Addresses.cidrProblem(cidrs.get(c)).ifPresent(problem -> reading.problem(place, problem));
        }
        return cidrs;
    }

    private Bounds bounds(JsonNode node, String path) {
        if (!fields.object(node, path)) {
            return null;
        }
        Double x = fields.number(node, "x", path);
        Double y = fields.number(node, "y", path);
        Double width = fields.number(node, "width", path);
        Double height = fields.number(node, "height", path);
        if (x == null || y == null || width == null || height == null) {
            return null;
        }
        if (width <= 0 || height <= 0) {
            reading.problem(path, "a zone needs a positive width and height, not " + width + " x " + height);
            return null;
        }
        return new Bounds(x, y, width, height);
    }

    /** The firewalls that are complete, each joining only the zones that exist. */
    List<Firewall> readFirewalls(JsonNode list) {
        return fields.objects(list, "$.firewalls", FIREWALL_FIELDS, this::readFirewall);
    }

    private Optional<Firewall> readFirewall(JsonNode node, String path) {
        String id = reading.id(node, path);
        String name = fields.requiredText(node, "name", path);
        List<String> joined = fields.strings(node, "zones", path);
        for (int z = 0; z < joined.size(); z++) {
            if (!reading.hasZone(joined.get(z))) {
                reading.problem(path + ".zones[" + z + "]", "the firewall joins zone '" + joined.get(z) + "', which does not exist");
            }
        }
        Point position = reading.point(node.path("position"), path + ".position");
        if (id == null || name == null || position == null) {
            return Optional.empty();
        }
        return Optional.of(new Firewall(id, name, joined.stream().filter(reading::hasZone).distinct().toList(), position));
    }
}
