package io.portolan.io.design;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.json.JsonFields;
import io.portolan.model.Point;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One design file being read: where its problems go, in file order, and the ids read so far, which the parts read
 * later refer to (firewalls name zones, nodes name a zone, flow overrides name nodes).
 */
final class DesignReading {

    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:-]*";

    private final String file;
    private final List<DesignFileException.Problem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> zoneIds = new HashSet<>();
    private final Set<String> nodeIds = new HashSet<>();
    private final JsonFields fields = new JsonFields(this::problem);

    DesignReading(String file) {
        this.file = file;
    }

    /** The JSON helpers, reporting here. */
    JsonFields fields() {
        return fields;
    }

    /** The file as messages name it. */
    String file() {
        return file;
    }

    void problem(String place, String message) {
        problems.add(new DesignFileException.Problem(file, place, message));
    }

    /** Every problem so far, in file order. */
    List<DesignFileException.Problem> problems() {
        return problems;
    }

    /** The node's id, checked to be valid and unused by every zone, firewall and node before it; null (reported) if not. */
    String id(JsonNode node, String path) {
        String id = fields.requiredText(node, "id", path);
        if (id == null) {
            return null;
        }
        if (!isId(id, path)) {
            return null;
        }
        if (!ids.add(id)) {
            problem(path + ".id", "duplicate id '" + id + "': ids must be unique across zones, firewalls and nodes");
            return null;
        }
        return id;
    }

    /** True when the text may be an id; reports it at the path's {@code id} otherwise. */
    boolean isId(String id, String path) {
        if (id.matches(ID_PATTERN)) {
            return true;
        }
        problem(path + ".id", "'" + id + "' is not a valid id: start with a letter or digit, then use letters, digits, "
                + "'-', '_', '.' or ':'");
        return false;
    }

    void addZone(String id) {
        zoneIds.add(id);
    }

    boolean hasZone(String id) {
        return zoneIds.contains(id);
    }

    void addNode(String id) {
        nodeIds.add(id);
    }

    boolean hasNode(String id) {
        return nodeIds.contains(id);
    }

    /** A position on the canvas, {@code {"x": 10, "y": 20}}; null (reported) when it is not one. */
    Point point(JsonNode node, String path) {
        if (!fields.object(node, path)) {
            return null;
        }
        Double x = fields.number(node, "x", path);
        Double y = fields.number(node, "y", path);
        return x == null || y == null ? null : new Point(x, y);
    }
}
