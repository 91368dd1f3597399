package io.portolan.io.export.capirca;

import io.portolan.engine.BoundaryRules;
import io.portolan.engine.Crossing;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.objects.BoundaryObjects;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.LeftOutRule;
import io.portolan.model.Node;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The README beside the policies: what each file holds, how to render and apply them, what Capirca's generators
 * leave out and what Portolan does about it, and every rule of the request that is in no policy, with why.
 */
final class ReadmeWriter {

    private final FlowAnalysis analysis;
    private final FirewallObjects objects;
    private final List<Platform> platforms;

    ReadmeWriter(FlowAnalysis analysis, FirewallObjects objects, List<Platform> platforms) {
        this.analysis = analysis;
        this.objects = objects;
        this.platforms = platforms;
    }

    /** How many rules of the request are in no policy: on implicit boundaries, without a route, or without objects. */
    static int leftOut(FlowAnalysis analysis, FirewallObjects objects) {
        int count = analysis.rules(false).unrouted().size();
        for (BoundaryRules boundary : analysis.rules(false).boundaries()) {
            if (boundary.boundary().implicit()) {
                count += boundary.rules().size();
            }
        }
        for (LeftOutRule rule : objects.leftOut()) {
            if (!rule.partly() && !rule.rule().boundary().implicit()) {
                count++;
            }
        }
        return count;
    }

    void write(Writer out, String title, List<FirewallPolicy> policies, String anySourcePort) throws IOException {
        out.write("# Capirca policies: " + PolicyText.ascii(title) + "\n\n");
        out.write("Written by Portolan from the design's firewall change request, for Capirca's `aclgen` (Apache-2.0; its fork\n"
                + "Aerleon reads the same policies). Rule numbers are those of the request's Rules sheet (`portolan rules FILE`,\n"
                + "or the workbook without `--detailed`). Targets: " + targets() + ".\n\n");
        files(out, policies);
        out.write(RENDER);
        apply(out);
        out.write(DROPS);
        if (anySourcePort != null) {
            out.write("- **nftables ports.** Capirca 2.0.6 writes a term's destination ports into an IPv4 nftables rule only when\n"
                    + "  the term also names source ports; without them the rule allows every port of the protocol. Portolan's\n"
                    + "  nftables terms (`includes/*/nftables/`) therefore name every source port (`" + anySourcePort + "`, 0-65535),\n"
                    + "  so that each rule reads `tcp sport 0-65535 tcp dport ...`. Check the `dport` of each rule before loading.\n");
        }
        out.write('\n');
        leftOutRules(out);
    }

    private String targets() {
        List<String> names = new ArrayList<>();
        platforms.forEach(p -> names.add(p.title() + " (`" + p.generator() + "`)"));
        return String.join(", ", names);
    }

    private void files(Writer out, List<FirewallPolicy> policies) throws IOException {
        out.write("## Files\n\n");
        out.write("- `def/NETWORK.net`: " + objects.addresses().size() + " address objects: every node's address (a farm or HA pair\n"
                + "  written as a list is a group of its addresses), every zone's ranges (`ZONE_NET`), and the groups of sources or\n"
                + "  destinations that rules share. Capirca knows no address ranges, so a range is the CIDR blocks that cover it.\n");
        out.write("- `def/SERVICES.svc`: the service objects with ports (`TCP_443`; a group such as `TCP_1494_2598` for several).\n");
        for (FirewallPolicy policy : policies) {
            BoundaryObjects counts = counts(policy);
            out.write("- `policies/pol/" + policy.file() + ".pol`: " + PolicyText.ascii(policy.boundary().name()) + ", "
                    + policy.terms() + " terms for " + counts.groupedFrom() + " rules of the request; its terms are in `policies/includes/"
                    + policy.file() + "/`, one file per pair of zones.\n");
        }
        if (CapircaExport.policyFiles(platforms).size() > 1) {
            out.write("- `policies/asa/pol/`: the same policies for Cisco ASA alone. Capirca 2.0.6's ASA generator renders every\n"
                    + "  header of a policy file whatever its targets, so ASA gets files of its own; aclgen writes them to `out/asa/`.\n");
        }
        if (policies.isEmpty()) {
            out.write("- No policy: no firewall of the design has a rule that objects can stand for.\n");
        }
        out.write("- `out/`: the platform configurations, when `aclgen` rendered them.\n\n");
    }

    private BoundaryObjects counts(FirewallPolicy policy) {
        return objects.boundaries().stream().filter(b -> b.boundary().equals(policy.boundary())).findFirst().orElseThrow();
    }

    private static final String RENDER = "## Rendering\n\n"
            + "    aclgen --base_directory=policies --definitions_directory=def --output_directory=out\n\n"
            + "Install Capirca with `apt install python3-capirca` (Debian, Ubuntu) or `pip install capirca`.\n\n";

    private void apply(Writer out) throws IOException {
        out.write("## Applying them\n\n");
        for (Platform platform : platforms) {
            out.write("- " + platform.title() + ": " + switch (platform.layout()) {
                case INGRESS -> "one access list per zone the traffic enters from, `ZONE" + CapircaExport.IN_SUFFIX
                        + "`; bind it inbound on the interface facing that zone.";
                case ZONE_PAIR -> "one policy per pair of zones; the zone names (" + zoneNames()
                        + ") must match the firewall's zones.";
                case FIREWALL -> platform == Platform.NFTABLES
                        ? "one table per firewall; Capirca 2.0.6 hooks its chain to `input` (it knows only input and output):"
                                + " on a firewall that routes between zones, change `hook input` to `hook forward`."
                        : "one rule set per firewall (iptables and Speedway: the FORWARD chain).";
            } + "\n");
        }
        out.write('\n');
    }

    private String zoneNames() {
        List<String> names = new ArrayList<>();
        analysis.design().zones().forEach(z -> names.add("`" + objects.zoneName(z.id()) + "`"));
        return String.join(", ", names);
    }

    private static final String DROPS = "## What Capirca leaves out, and what Portolan does about it\n\n"
            + "- **Object names.** Each platform's generator writes objects its own way: Palo Alto and SRX keep the names of\n"
            + "  NETWORK.net as address groups, Cisco ASA and IOS write one line per address pair, nftables and iptables\n"
            + "  write addresses. The Objects sheet of the workbook (`portolan export --objects`) lists every object.\n"
            + "- **IPv6 on Cisco ASA.** Capirca's ASA generator writes IPv4 rules only; Portolan refuses to write for `asa`\n"
            + "  when a rule is between IPv6 addresses rather than leave it out silently.\n"
            + "- **IP protocols on Palo Alto.** Its generator writes TCP, UDP, ICMP and a few IP protocols (GRE, ESP, AH, SCTP,\n"
            + "  IGMP); Portolan refuses to write for `paloalto` when a rule needs another (VRRP, for one).\n";

    private void leftOutRules(Writer out) throws IOException {
        out.write("## Rules of the request that are in no policy\n\n");
        List<String> implicit = new ArrayList<>();
        List<String> unrouted = new ArrayList<>();
        int number = 0;
        for (BoundaryRules boundary : analysis.rules(false).boundaries()) {
            for (FirewallRule rule : boundary.rules()) {
                number++;
                if (boundary.boundary().implicit()) {
                    implicit.add(line(number, rule) + " (" + boundary.boundary().name() + ")");
                }
            }
        }
        for (FirewallRule rule : analysis.rules(false).unrouted()) {
            number++;
            unrouted.add(line(number, rule) + (rule.crossing() == Crossing.UNROUTABLE ? ": no chain of firewalls joins the zones"
                    : ": an end is outside every zone"));
        }
        List<String> noObjects = new ArrayList<>();
        List<String> partly = new ArrayList<>();
        for (LeftOutRule rule : objects.leftOut()) {
            if (!rule.rule().boundary().implicit()) {
                (rule.partly() ? partly : noObjects).add(line(rule.number(), rule.rule()) + " on " + rule.rule().boundary().name()
                        + ": " + rule.reason() + hosts(rule));
            }
        }
        section(out, "On implicit boundaries: no firewall of the design stands between the zones", implicit);
        section(out, "Without a route", unrouted);
        section(out, "That Capirca cannot express: it matches addresses and port numbers", noObjects);
        section(out, "Kept in part", partly);
        if (implicit.isEmpty() && unrouted.isEmpty() && noObjects.isEmpty() && partly.isEmpty()) {
            out.write("None: every rule of the request is in a policy.\n");
        }
    }

    private String line(int number, FirewallRule rule) {
        return "Rule " + number + ": " + PolicyText.ascii(rule.source().name() + " -> " + rule.destination().name() + ", "
                + rule.protocolText() + (rule.portText().isEmpty() ? "" : " " + rule.portText()));
    }

    /** For an end without an address, the host names it is known by and what to do. */
    private String hosts(LeftOutRule rule) {
        Node end = objects.sourceOf(rule.rule()) == null ? rule.rule().source()
                : objects.destinationOf(rule.rule()) == null ? rule.rule().destination() : null;
        if (rule.partly() || end == null) {
            return "";
        }
        String hosts = analysis.hostOf(end);
        return hosts.isEmpty() ? "; give it an address in the design" : " (host names " + PolicyText.ascii(hosts)
                + "); give it the provider's published ranges as its address, or allow it by host name on the firewall";
    }

    private static void section(Writer out, String heading, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        out.write("### " + heading + "\n\n");
        for (String line : lines) {
            out.write("- " + line + "\n");
        }
        out.write('\n');
    }
}
