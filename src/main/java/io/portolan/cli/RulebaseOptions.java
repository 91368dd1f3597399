package io.portolan.cli;

import io.portolan.rulebase.ColumnMapping;
import io.portolan.rulebase.Rulebase;
import io.portolan.rulebase.RulebaseException;
import io.portolan.rulebase.RulebaseReader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that name the rulebase in place: the rules and which column holds what. The objects file the rules name is
 * {@code --objects} to check, and {@code --rulebase-objects} to export, whose {@code --objects} writes objects of its own.
 */
final class RulebaseOptions {

    /** What the objects file of a rulebase holds, for the help of the option that names it. */
    static final String OBJECTS_DESCRIPTION = "The address and service objects the rulebase names: columns name,members (groups may nest).";

    @Option(names = "--rulebase", paramLabel = "RULES.csv",
            description = "The rulebase in place, exported as CSV: one rule a row, in the order the firewall evaluates them.")
    Path rules;

    @Option(names = "--columns", paramLabel = "FIELD=HEADER,...",
            description = "Which column holds what, where the headers differ from firewall,name,source,destination,service,action;"
                    + " e.g. source=Source Address,service=Service. Fields: firewall, name, source, destination, service,"
                    + " protocol, ports, action, disabled.")
    String columns;

    @Option(names = "--mapping", paramLabel = "FILE|NAME",
            description = "A JSON column mapping ({\"source\": \"Source Address\", ...}), or a shipped one: panco-firewall,"
                    + " panco-panorama.")
    String mapping;

    /** True when a rulebase was named. */
    boolean given() {
        return rules != null;
    }

    /** Reads the rulebase, and the objects file its rules name when there is one; the files are only read. */
    Rulebase read(Path objects) throws RulebaseException {
        if (columns != null && mapping != null) {
            throw new IllegalArgumentException("give --columns or --mapping, not both");
        }
        ColumnMapping columnMapping = columns != null ? ColumnMapping.parse(columns)
                : mapping != null ? ColumnMapping.load(mapping) : ColumnMapping.defaults();
        return RulebaseReader.read(rules, objects, columnMapping);
    }
}
