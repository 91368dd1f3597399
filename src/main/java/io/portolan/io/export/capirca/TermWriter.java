package io.portolan.io.export.capirca;

import io.portolan.catalog.Reference;
import io.portolan.io.export.objects.ObjectRule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a rule as a Capirca term: its objects as tokens, its protocol, {@code accept}, and comments carrying the
 * rule numbers of the request, the purpose and the vendor reference.
 */
final class TermWriter {

    /** Comment lines stay within an ASA remark (100 characters) with room for Capirca's indent. */
    static final int COMMENT_WIDTH = 78;
    /** nftables allows one comment of 128 bytes per chain, and Capirca makes a chain of every term. */
    private static final int NFTABLES_COMMENT = 120;
    private static final int MAX_RUNS = 8;
    private static final int MAX_TEXT = 300;

    private final String anySourcePort;

    /** @param anySourcePort the service token of every source port, written into nftables terms; null when unused */
    TermWriter(String anySourcePort) {
        this.anySourcePort = anySourcePort;
    }

    /** The term's name: {@code r12} after the rule's number in the request, {@code r12-and-2} for three rules grouped. */
    static String name(ObjectRule rule) {
        int more = rule.rules().size() - 1;
        return "r" + rule.firstNumber() + (more > 0 ? "-and-" + more : "");
    }

    /**
     * Writes the term.
     *
     * @param protocols the rule's protocol names in Capirca
     * @param nftables true for the nftables copy: one short comment, and every source port named, since Capirca's
     *     nftables generator writes no destination port into an IPv4 rule that names no source port
     */
    void write(Writer out, ObjectRule rule, List<String> protocols, boolean nftables) throws IOException {
        out.write("term " + name(rule) + " {\n");
        if (nftables) {
            comment(out, PolicyText.cut(PolicyText.ascii(title(rule) + ": " + String.join("; ", rule.purposes())), NFTABLES_COMMENT));
        } else {
            for (String line : comments(rule)) {
                comment(out, line);
            }
        }
        out.write("  source-address:: " + rule.source().name() + "\n");
        out.write("  destination-address:: " + rule.destination().name() + "\n");
        boolean ports = rule.protocol().hasPorts();
        if (ports && nftables && anySourcePort != null) {
            out.write("  source-port:: " + anySourcePort + "\n");
        }
        if (ports) {
            out.write("  destination-port:: " + rule.service().name() + "\n");
        }
        out.write("  protocol:: " + String.join(" ", protocols) + "\n");
        out.write("  action:: accept\n}\n\n");
    }

    /** What the comment lines say: the rules of the request, optional or temporary, the purposes and the references. */
    static List<String> comments(ObjectRule rule) {
        List<String> lines = new ArrayList<>(PolicyText.wrap(PolicyText.ascii(title(rule) + need(rule)), COMMENT_WIDTH));
        lines.addAll(PolicyText.wrap(PolicyText.cut(PolicyText.ascii(String.join("; ", rule.purposes())), MAX_TEXT), COMMENT_WIDTH));
        Set<String> references = new LinkedHashSet<>();
        for (Reference reference : rule.references()) {
            references.add(reference.citation());
        }
        if (rule.hasCustomFlow()) {
            references.add("added by hand in the design");
        }
        if (!references.isEmpty()) {
            String text = "Reference: " + String.join("; ", references);
            lines.addAll(PolicyText.wrap(PolicyText.cut(PolicyText.ascii(text), MAX_TEXT), COMMENT_WIDTH));
        }
        return lines;
    }

    private static String title(ObjectRule rule) {
        List<Integer> numbers = rule.numbers();
        return numbers.size() == 1 ? "Request rule " + numbers.get(0)
                : "Request rules " + PolicyText.numbers(numbers, MAX_RUNS) + " (grouped)";
    }

    private static String need(ObjectRule rule) {
        String need = rule.optional() ? ", optional" : "";
        return need + (rule.temporary() ? ", temporary: remove it once the agents are installed" : "");
    }

    private static void comment(Writer out, String line) throws IOException {
        out.write("  comment:: \"" + PolicyText.ascii(line) + "\"\n");
    }
}
