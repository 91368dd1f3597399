package io.portolan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portolan.catalog.Catalog;
import io.portolan.catalog.ComponentType;
import io.portolan.catalog.Feature;
import io.portolan.catalog.PortRule;
import io.portolan.catalog.Setting;
import io.portolan.io.export.Csv;
import io.portolan.model.PortRange;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code portolan catalog}: lists the component types and port rules. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"Lists the component types and port rules of the catalog.",
            "Rule ends are type ids, or tag:NAME for a rule that applies to every type with the tag."})
final class CatalogCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    static final List<String> CSV_HEADER = List.of("id", "from", "to", "protocol", "ports", "purpose", "condition",
            "optional", "bidirectional", "document", "section");

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--vendor", paramLabel = "NAME",
            description = "Only this vendor's types and rules (e.g. citrix, parallels, teradici, hp, common).")
    String vendor;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (csv lists the rules). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--types", description = "List the component types only.")
    boolean typesOnly;

    @Override
    public Integer call() {
        Catalog catalog = root.catalog();
        List<ComponentType> types = catalog.types().stream().filter(this::selected).toList();
        Set<String> files = new HashSet<>();
        types.forEach(t -> files.add(t.source()));
        List<PortRule> rules = typesOnly ? List.of()
                : catalog.rules().stream().filter(r -> vendor == null || files.contains(r.source())).toList();
        if (vendor != null && types.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown vendor '" + vendor + "'; the catalog has: "
                    + String.join(", ", catalog.vendors()));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(json(types, rules));
            case csv -> printCsv(out, types, rules);
            case table -> printTable(out, types, rules);
        }
        out.flush();
        return 0;
    }

    private boolean selected(ComponentType type) {
        if (vendor == null) {
            return true;
        }
        String needle = vendor.toLowerCase(Locale.ROOT);
        String file = type.source().toLowerCase(Locale.ROOT);
        return type.vendor().toLowerCase(Locale.ROOT).contains(needle) || file.replace(".json", "").contains(needle);
    }

    static String json(List<ComponentType> types, List<PortRule> rules) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode typeArray = root.putArray("types");
        types.forEach(type -> type(typeArray.addObject(), type));
        ArrayNode ruleArray = root.putArray("rules");
        rules.forEach(rule -> rule(ruleArray.addObject(), rule));
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the catalog as JSON", e);
        }
    }

    private static void type(ObjectNode node, ComponentType type) {
        node.put("id", type.id());
        node.put("name", type.name());
        node.put("vendor", type.vendor());
        node.put("product", type.product());
        node.put("category", type.category().id());
        node.put("zone", type.zone().name());
        ArrayNode tags = node.putArray("tags");
        type.tags().forEach(tags::add);
        ArrayNode features = node.putArray("features");
        for (Feature feature : type.features()) {
            features.addObject().put("id", feature.id()).put("name", feature.name()).put("default", feature.defaultOn());
        }
        if (!type.hosts().isEmpty()) {
            ArrayNode hosts = node.putArray("hosts");
            type.hosts().forEach(hosts::add);
        }
        ArrayNode addresses = node.putArray("addresses");
        type.addresses().forEach(role -> addresses.add(role.id()));
        ArrayNode settings = node.putArray("settings");
        for (Setting setting : type.settings()) {
            settings.addObject().put("id", setting.id()).put("name", setting.name()).put("kind", "port")
                    .put("default", setting.defaultValue());
        }
    }

    private static void rule(ObjectNode node, PortRule rule) {
        node.put("id", rule.id());
        node.put("from", rule.from().text());
        node.put("to", rule.to().text());
        node.put("protocol", rule.protocol().name());
        if (rule.ipProtocol() == null) {
            node.putNull("ipProtocol");
        } else {
            node.put("ipProtocol", rule.ipProtocol());
        }
        ArrayNode ports = node.putArray("ports");
        for (PortRange range : rule.ports().ranges()) {
            ports.addArray().add(range.low()).add(range.high());
        }
        node.put("portText", rule.portText());
        node.put("portSetting", rule.portSetting());
        node.put("purpose", rule.purpose());
        node.put("condition", rule.conditionText());
        ArrayNode requires = node.putArray("requires");
        rule.requires().forEach(requires::add);
        node.put("optional", rule.optional());
        node.put("temporary", rule.temporary());
        node.put("bidirectional", rule.bidirectional());
        node.put("local", rule.local());
        node.put("fromAddress", rule.fromAddress().id());
        node.put("toAddress", rule.toAddress().id());
        if (!rule.viaGateways().isEmpty()) {
            ArrayNode via = node.putArray("viaGateway");
            rule.viaGateways().forEach(via::add);
        }
        ObjectNode reference = node.putObject("reference");
        reference.put("document", rule.reference().document());
        reference.put("section", rule.reference().section());
        if (rule.reference().note() != null) {
            reference.put("note", rule.reference().note());
        }
    }

    private void printCsv(PrintWriter out, List<ComponentType> types, List<PortRule> rules) {
        if (typesOnly) {
            out.print(Csv.line(List.of("id", "name", "vendor", "product", "category", "zone", "features")));
            for (ComponentType type : types) {
                out.print(Csv.line(List.of(type.id(), type.name(), type.vendor(), type.product(), type.category().id(),
                        type.zone().name(), String.join(" ", type.features().stream().map(Feature::id).toList()))));
            }
            return;
        }
        out.print(Csv.line(CSV_HEADER));
        for (PortRule rule : rules) {
            out.print(Csv.line(List.of(rule.id(), rule.from().text(), rule.to().text(), rule.protocolText(), rule.portText(),
                    rule.purpose(), nullToEmpty(rule.conditionText()), Boolean.toString(rule.optional()),
                    Boolean.toString(rule.bidirectional()), rule.reference().document(), rule.reference().section())));
        }
    }

    private void printTable(PrintWriter out, List<ComponentType> types, List<PortRule> rules) {
        TextTable typeTable = new TextTable("TYPE", "NAME", "VENDOR", "PRODUCT", "CATEGORY", "ZONE", "FEATURES");
        for (ComponentType type : types) {
            typeTable.row(type.id(), type.name(), type.vendor(), type.product(), type.category().id(), type.zone().name(),
                    String.join(", ", type.features().stream().map(f -> f.id() + (f.defaultOn() ? "*" : "")).toList()));
        }
        out.println(types.size() + " component types (* = on by default)");
        out.print(typeTable);
        if (typesOnly) {
            return;
        }
        TextTable ruleTable = new TextTable("RULE", "FROM", "TO", "PROTOCOL", "PORTS", "CONDITION", "PURPOSE", "SECTION");
        for (PortRule rule : rules) {
            ruleTable.row(rule.id(), rule.from().text(), rule.to().text(), rule.protocolText(), rule.portText(),
                    nullToEmpty(rule.conditionText()) + (rule.optional() ? " (optional)" : ""), abbreviate(rule.purpose(), 60),
                    rule.reference().section());
        }
        out.println();
        out.println(rules.size() + " port rules");
        out.print(ruleTable);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
