package io.portolan.io.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portolan.catalog.Catalog;
import io.portolan.io.AtomicFiles;
import io.portolan.io.OutputFileException;
import io.portolan.model.Bounds;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.FlowKey;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes design files: JSON with a {@code format} and a {@code version}, keys in a fixed order
 * and one value per line, so that two revisions of a design diff cleanly. Files end in
 * {@value #EXTENSION}.
 */
public final class DesignFile {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "portolan-design";
    /**
     * The newest version this Portolan reads and writes. Version 2 added a node's management and members'
     * addresses and its settings; a design that uses none of them is written as version 1, which older
     * Portolans read too.
     */
    public static final int VERSION = 2;
    /** The file name extension of design files. */
    public static final String EXTENSION = ".portolan";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DesignFile() {
    }

    /**
     * Reads a design file and checks it against the catalog.
     *
     * @throws DesignFileException listing every problem, each with the file and the place
     */
    public static Design read(Path file, Catalog catalog) throws DesignFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw single(file.toString(), "the file does not exist");
        } catch (CharacterCodingException e) {
            throw single(file.toString(), "the file is not UTF-8 text; a design file is JSON saved as UTF-8 (is this the right file?)");
        } catch (IOException e) {
            throw single(file.toString(), "cannot be read: " + e.getMessage());
        }
        return parse(text, file.toString(), catalog);
    }

    /** Reads a design from JSON text; {@code name} is what messages call the file. */
    public static Design parse(String text, String name, Catalog catalog) throws DesignFileException {
        return new DesignReader(name, catalog).read(text);
    }

    /** The oldest format version that holds everything the design uses. */
    static int version(Design design) {
        for (Node node : design.nodes()) {
            if (!node.managementAddress().isEmpty() || !node.memberAddresses().isEmpty() || !node.settings().isEmpty()) {
                return VERSION;
            }
        }
        return 1;
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }

    /** Writes the design to the file whole or not at all. */
    public static void write(Path file, Design design) throws OutputFileException {
        byte[] bytes = toJson(design).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The design as the JSON text of a design file, ending with a newline. */
    public static String toJson(Design design) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", version(design));
        RequestInfo request = design.request();
        ObjectNode req = root.putObject("request");
        req.put("title", request.title());
        req.put("requester", request.requester());
        req.put("changeReference", request.changeReference());
        req.put("environment", request.environment());
        req.put("description", request.description());
        ArrayNode zones = root.putArray("zones");
        for (Zone zone : design.zones()) {
            ObjectNode z = zones.addObject();
            z.put("id", zone.id());
            z.put("name", zone.name());
            z.put("kind", zone.kind().name());
            ArrayNode cidrs = z.putArray("cidrs");
            zone.cidrs().forEach(cidrs::add);
            bounds(z.putObject("bounds"), zone.bounds());
        }
        ArrayNode firewalls = root.putArray("firewalls");
        for (Firewall firewall : design.firewalls()) {
            ObjectNode f = firewalls.addObject();
            f.put("id", firewall.id());
            f.put("name", firewall.name());
            ArrayNode joined = f.putArray("zones");
            firewall.zoneIds().forEach(joined::add);
            point(f.putObject("position"), firewall.position());
        }
        ArrayNode nodes = root.putArray("nodes");
        for (Node node : design.nodes()) {
            ObjectNode n = nodes.addObject();
            n.put("id", node.id());
            n.put("type", node.typeId());
            n.put("name", node.name());
            n.put("host", node.host());
            n.put("address", node.address());
            putIfSet(n, "outboundAddress", node.outboundAddress());
            putIfSet(n, "managementAddress", node.managementAddress());
            putIfSet(n, "memberAddresses", node.memberAddresses());
            if (node.zoneId() == null) {
                n.putNull("zone");
            } else {
                n.put("zone", node.zoneId());
            }
            point(n.putObject("position"), node.position());
            ArrayNode features = n.putArray("features");
            node.features().forEach(features::add);
            n.put("count", node.count());
            if (!node.settings().isEmpty()) {
                ObjectNode settings = n.putObject("settings");
                node.settings().forEach(settings::put);
            }
        }
        ObjectNode overrides = root.putObject("overrides");
        ArrayNode suppressed = overrides.putArray("suppressed");
        for (FlowKey key : design.overrides().suppressed()) {
            suppressed.addObject().put("rule", key.ruleId()).put("source", key.sourceId()).put("destination", key.destinationId());
        }
        ArrayNode custom = overrides.putArray("custom");
        for (CustomFlow flow : design.overrides().custom()) {
            ObjectNode c = custom.addObject();
            c.put("id", flow.id());
            c.put("source", flow.sourceId());
            c.put("destination", flow.destinationId());
            c.put("protocol", flow.protocol().name());
            if (flow.ipProtocol() == null) {
                c.putNull("ipProtocol");
            } else {
                c.put("ipProtocol", flow.ipProtocol());
            }
            c.put("ports", flow.ports().toString());
            c.put("purpose", flow.purpose());
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a design as JSON", e);
        }
    }

    private static void bounds(ObjectNode node, Bounds bounds) {
        number(node, "x", bounds.x());
        number(node, "y", bounds.y());
        number(node, "width", bounds.width());
        number(node, "height", bounds.height());
    }

    private static void point(ObjectNode node, Point point) {
        number(node, "x", point.x());
        number(node, "y", point.y());
    }

    /** Whole numbers are written without a fraction, so that a moved node changes one short line. */
    private static void number(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }

    private static DesignFileException single(String file, String message) {
        return new DesignFileException(List.of(new DesignFileException.Problem(file, "$", message)));
    }
}
