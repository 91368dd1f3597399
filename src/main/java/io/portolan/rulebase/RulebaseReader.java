package io.portolan.rulebase;

import io.portolan.model.Addresses;
import io.portolan.rulebase.ColumnMapping.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rulebase exported as CSV: one rule a row, in the order the firewall evaluates them, with its firewall, name,
 * source, destination, service (or protocol and ports) and action. Addresses are IPs, CIDR blocks, ranges, {@code any},
 * or names of the objects file; services {@code tcp/443}, {@code udp/1812-1813}, {@code tcp-udp/53}, {@code icmp},
 * {@code any}, or object names. The files are only read. The first problem stops the reading, named by file, row and
 * column.
 */
public final class RulebaseReader {

    private static final Set<String> ALLOW = Set.of("allow", "accept", "permit", "pass");
    private static final Set<String> DENY = Set.of("deny", "drop", "reject", "block", "reset-client", "reset-server", "reset-both");
    private static final Set<String> EVERY_FIREWALL = Set.of("", "any", "all", "*", "policy targets");
    private static final Set<String> DISABLED = Set.of("yes", "true", "1", "y", "disabled");

    private final String file;
    private final ObjectTable objects;
    private final Map<String, AddressSet> addresses = new HashMap<>();
    private final Map<String, Services> services = new HashMap<>();
    private final Map<String, List<String>> firewalls = new HashMap<>();
    private Map<Field, Integer> columns;
    private Map<Field, String> headers;

    private RulebaseReader(String file, ObjectTable objects) {
        this.file = file;
        this.objects = objects;
    }

    /**
     * Reads the rulebase.
     *
     * @param rules the rulebase CSV
     * @param objectsFile the objects file, or null when the rulebase names no object
     * @param mapping which column holds what
     * @throws RulebaseException naming the file, the row and the column of the first problem
     */
    public static Rulebase read(Path rules, Path objectsFile, ColumnMapping mapping) throws RulebaseException {
        ObjectTable objects = objectsFile == null ? ObjectTable.NONE : ObjectTable.read(objectsFile);
        RulebaseReader reader = new RulebaseReader(rules.toString(), objects);
        List<ExistingRule> read = new ArrayList<>();
        CsvRecords.read(rules, row -> {
            if (row.row() == 1) {
                reader.columns(row, mapping);
            } else if (!row.blank() && !reader.disabled(row)) {
                read.add(reader.rule(read.size(), row));
            }
        });
        if (reader.columns == null) {
            throw new RulebaseException(rules.toString(), 0, null, "the file is empty; its first row names the columns");
        }
        return new Rulebase(rules.toString(), read, mapping);
    }

    private void columns(CsvRecords.Row header, ColumnMapping mapping) throws RulebaseException {
        List<String> names = header.cells().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        columns = new EnumMap<>(Field.class);
        headers = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            String wanted = mapping.header(field);
            int index = wanted == null ? -1 : names.indexOf(wanted.trim().toLowerCase(Locale.ROOT));
            if (wanted != null && index < 0 && (mapping.explicit(field) || required(field, mapping))) {
                throw new RulebaseException(file, 1, wanted, (mapping.explicit(field) ? mapping.name() + " names this column"
                        : "the " + field.id() + " column is needed") + " but the file has no such column; its columns are: "
                        + String.join(", ", header.cells()));
            }
            if (index >= 0) {
                columns.put(field, index);
                headers.put(field, header.cells().get(index).trim());
            }
        }
        if (!columns.containsKey(Field.SERVICE) && !columns.containsKey(Field.PROTOCOL)) {
            throw new RulebaseException(file, 1, mapping.header(Field.SERVICE), "the file has neither a service column nor a"
                    + " protocol column; map one with --columns service=HEADER or protocol=HEADER,ports=HEADER");
        }
    }

    private static boolean required(Field field, ColumnMapping mapping) {
        return field == Field.SOURCE || field == Field.DESTINATION || field == Field.ACTION
                || field == Field.SERVICE && mapping.header(Field.PROTOCOL) == null;
    }

    private String cell(CsvRecords.Row row, Field field) {
        Integer index = columns.get(field);
        return index == null ? "" : row.cell(index);
    }

    private boolean disabled(CsvRecords.Row row) {
        return DISABLED.contains(cell(row, Field.DISABLED).trim().toLowerCase(Locale.ROOT));
    }

    private ExistingRule rule(int index, CsvRecords.Row row) throws RulebaseException {
        String name = cell(row, Field.NAME).trim();
        String action = cell(row, Field.ACTION).trim();
        String source = cell(row, Field.SOURCE);
        String destination = cell(row, Field.DESTINATION);
        String service = columns.containsKey(Field.SERVICE) ? cell(row, Field.SERVICE)
                : cell(row, Field.PROTOCOL) + " " + cell(row, Field.PORTS);
        return new ExistingRule(index, row.row(), firewalls(cell(row, Field.FIREWALL)), name.isEmpty() ? "row " + row.row() : name,
                action(row, action), addresses(row, Field.SOURCE, source), addresses(row, Field.DESTINATION, destination),
                services(row), source.trim(), destination.trim(), service.trim(), action);
    }

    /** The firewalls a cell names, read once per distinct cell: most rows name one of a few firewalls. */
    private List<String> firewalls(String cell) {
        List<String> known = firewalls.get(cell);
        if (known == null) {
            known = List.copyOf(firewallNames(cell));
            firewalls.put(cell, known);
        }
        return known;
    }

    private static List<String> firewallNames(String cell) {
        if (EVERY_FIREWALL.contains(cell.trim().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<String> names = ObjectTable.split(cell, ";\r\n");
        if (names.size() != 1 || !names.get(0).equals(cell.trim())) {
            // a firewall whose name holds a separator is named by the whole cell
            names.add(0, cell.trim());
        }
        return names;
    }

    private boolean action(CsvRecords.Row row, String action) throws RulebaseException {
        String word = action.toLowerCase(Locale.ROOT);
        if (ALLOW.contains(word)) {
            return true;
        }
        if (DENY.contains(word)) {
            return false;
        }
        throw new RulebaseException(file, row.row(), headers.get(Field.ACTION), (action.isEmpty() ? "no action"
                : "'" + action + "' is not an action") + ": write allow (accept, permit, pass) or deny (drop, reject, block)");
    }

    private AddressSet addresses(CsvRecords.Row row, Field field, String cell) throws RulebaseException {
        AddressSet known = addresses.get(cell);
        if (known != null) {
            return known;
        }
        List<String> items = ObjectTable.split(cell);
        if (items.isEmpty()) {
            throw new RulebaseException(file, row.row(), headers.get(field), "no address: write any, an address, a CIDR block,"
                    + " a range or an object name");
        }
        List<io.portolan.model.AddressItem> parsed = new ArrayList<>();
        List<AddressSet.Range> plain = new ArrayList<>(items.size());
        for (String item : items) {
            if (item.equalsIgnoreCase("any") || item.equalsIgnoreCase("all")) {
                addresses.put(cell, AddressSet.ANY);
                return AddressSet.ANY;
            }
            try {
                for (String literal : literals(item)) {
                    if (literal.equalsIgnoreCase("any")) {
                        addresses.put(cell, AddressSet.ANY);
                        return AddressSet.ANY;
                    }
                    AddressSet.Range range = AddressSet.ipv4Item(literal);
                    if (range != null) {
                        plain.add(range);
                    } else {
                        parsed.addAll(Addresses.items(literal));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new RulebaseException(file, row.row(), headers.get(field), problem(item, e));
            }
        }
        AddressSet set = AddressSet.of(plain, parsed);
        addresses.put(cell, set);
        return set;
    }

    /** The item itself, or the members of the object it names. */
    private List<String> literals(String item) {
        if (objects.has(item)) {
            return objects.expand(item);
        }
        return List.of(item);
    }

    private String problem(String item, IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().contains("contains itself")) {
            return e.getMessage();
        }
        boolean name = !item.matches("[0-9a-fA-F:./\\- ]+");
        if (name) {
            return "unknown object '" + item + "': it is not an address"
                    + (objects == ObjectTable.NONE ? ", and no objects file was given (--objects FILE)" : " and not in the objects file");
        }
        return (objects.has(item) ? "a member of object '" + item + "' is not an address: " : "") + e.getMessage();
    }

    private Services services(CsvRecords.Row row) throws RulebaseException {
        boolean split = columns.containsKey(Field.SERVICE);
        String cell = split ? cell(row, Field.SERVICE) : cell(row, Field.PROTOCOL) + "\n" + cell(row, Field.PORTS);
        Services known = services.get(cell);
        if (known != null) {
            return known;
        }
        Field field = split ? Field.SERVICE : Field.PROTOCOL;
        try {
            Services parsed = split ? Services.parse(expandServices(ObjectTable.split(cell)))
                    : Services.of(cell(row, Field.PROTOCOL), cell(row, Field.PORTS));
            services.put(cell, parsed);
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new RulebaseException(file, row.row(), headers.get(field), e.getMessage());
        }
    }

    private List<String> expandServices(List<String> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no service: write any, tcp/443, udp/1812-1813, tcp-udp/53, icmp or an object name");
        }
        List<String> literal = new ArrayList<>();
        for (String item : items) {
            literal.addAll(literals(item));
        }
        return literal;
    }
}
