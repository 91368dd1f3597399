package io.portolan.rulebase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named objects a rulebase refers to, read from a CSV file with the columns {@code name} and {@code members}: a
 * member is an address, a CIDR block, a range, a service, or the name of another object (groups nest). Several rows
 * with one name add members; members in one cell are separated by {@code ;}, commas or line breaks. Names are matched
 * without regard to case.
 */
final class ObjectTable {

    static final ObjectTable NONE = new ObjectTable(Map.of(), Map.of(), "");

    private final Map<String, List<String>> members;
    private final Map<String, Integer> rows;
    private final String file;

    private ObjectTable(Map<String, List<String>> members, Map<String, Integer> rows, String file) {
        this.members = members;
        this.rows = rows;
        this.file = file;
    }

    /** Reads an objects file. */
    static ObjectTable read(Path path) throws RulebaseException {
        List<CsvRecords.Row> records = CsvRecords.read(path);
        String file = path.toString();
        if (records.isEmpty()) {
            throw new RulebaseException(file, 0, null, "the file is empty; an objects file has the columns name,members");
        }
        List<String> header = records.get(0).cells().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int name = header.indexOf("name");
        int member = header.indexOf("members");
        if (name < 0 || member < 0) {
            throw new RulebaseException(file, 1, name < 0 ? "name" : "members", "the objects file lacks this column;"
                    + " its header is name,members");
        }
        Map<String, List<String>> members = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        for (CsvRecords.Row row : records.subList(1, records.size())) {
            if (row.blank()) {
                continue;
            }
            String key = row.cell(name).trim().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                throw new RulebaseException(file, row.row(), "name", "the object has no name");
            }
            members.computeIfAbsent(key, k -> new ArrayList<>()).addAll(split(row.cell(member)));
            rows.putIfAbsent(key, row.row());
        }
        return new ObjectTable(members, rows, file);
    }

    /** The items of a cell: separated by {@code ;}, commas or line breaks, blanks left out. */
    static List<String> split(String cell) {
        return split(cell, ";,\r\n");
    }

    /**
     * The items of a cell separated by any of the characters, blanks left out: what a split by a regular expression
     * gives, without compiling one for each of a hundred thousand rows.
     */
    static List<String> split(String cell, String separators) {
        List<String> items = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || separators.indexOf(cell.charAt(i)) >= 0) {
                String item = cell.substring(start, i);
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
                start = i + 1;
            }
        }
        return items;
    }

    /** True when an object has the name. */
    boolean has(String name) {
        return members.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The literal members of an object, nested groups expanded.
     *
     * @throws IllegalArgumentException naming the objects file and the chain of names when a group contains itself,
     *     or the member no object has
     */
    List<String> expand(String name) {
        Set<String> literal = new LinkedHashSet<>();
        expand(name.toLowerCase(Locale.ROOT), new ArrayList<>(), literal);
        return List.copyOf(literal);
    }

    private void expand(String key, List<String> path, Set<String> literal) {
        if (path.contains(key)) {
            path.add(key);
            throw new IllegalArgumentException("object '" + path.get(0) + "' contains itself (" + String.join(" > ", path)
                    + ") in " + file + " row " + rows.get(path.get(0)));
        }
        path.add(key);
        for (String member : members.get(key)) {
            if (has(member)) {
                expand(member.toLowerCase(Locale.ROOT), path, literal);
            } else {
                literal.add(member);
            }
        }
        path.remove(path.size() - 1);
    }
}
