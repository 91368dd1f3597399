package io.portolan.testing;

import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.Hop;
import io.portolan.model.Protocol;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Finds the flows of an analysis by their ends (node ids), service ({@code TCP 443}, {@code UDP 1812},
 * {@code ICMP}, {@code IP 112}) and rule, for tests that list the flows a design must and must not have.
 * {@code *} in place of an end, a service or a rule matches any.
 */
public final class FlowFinder {

    private final List<Flow> flows;

    public FlowFinder(FlowAnalysis analysis) {
        this.flows = analysis.flows();
    }

    /** Every flow of the analysis. */
    public List<Flow> all() {
        return flows;
    }

    /** The flows from the source to the destination whose service covers the one given: a TCP or UDP flow whose ports include the port. */
    public List<Flow> find(String sourceId, String destinationId, String service) {
        return flows.stream().filter(f -> matches(sourceId, f.source().id()) && matches(destinationId, f.destination().id())
                && covers(f, service)).toList();
    }

    /** The flows that match the ends and service and list the rule among their rules. */
    public List<Flow> find(String sourceId, String destinationId, String service, String ruleId) {
        return find(sourceId, destinationId, service).stream().filter(f -> matches(ruleId, f.ruleIds())).toList();
    }

    /** The flows that list the rule among their rules. */
    public List<Flow> withRule(String ruleId) {
        return flows.stream().filter(f -> f.ruleIds().contains(ruleId)).toList();
    }

    /** True when the flow carries the service: {@code TCP 443} when its protocol is TCP and its ports include 443. */
    public static boolean covers(Flow flow, String service) {
        if (service == null || service.equals("*")) {
            return true;
        }
        String[] words = service.trim().split("\\s+");
        Protocol protocol = Protocol.valueOf(words[0].toUpperCase(Locale.ROOT));
        if (flow.protocol() != protocol) {
            return false;
        }
        if (words.length == 1) {
            return true;
        }
        int number = Integer.parseInt(words[1]);
        return protocol == Protocol.IP ? Integer.valueOf(number).equals(flow.ipProtocol()) : flow.ports().contains(number);
    }

    /** The flow's way through the boundaries: {@code fw-edge internet>dmz, fw-internal dmz>lan}, or {@code same zone}. */
    public static String path(Flow flow) {
        if (flow.route().hops().isEmpty()) {
            return flow.crossing().needsRule() ? flow.crossing().name().toLowerCase(Locale.ROOT) : "same zone";
        }
        return flow.route().hops().stream().map(FlowFinder::hop).collect(Collectors.joining(", "));
    }

    /** A short line for assertion messages: source -> destination, service, rules. */
    public static String describe(Flow flow) {
        return flow.source().id() + " [" + flow.sourceAddress() + "] -> " + flow.destination().id() + " ["
                + flow.destinationAddress() + "] " + flow.protocolText() + " " + flow.portText() + " " + flow.ruleIds()
                + " " + path(flow);
    }

    private static String hop(Hop hop) {
        return hop.boundary().id() + " " + hop.fromZoneId() + ">" + hop.toZoneId();
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals("*") || wanted.equals(actual);
    }

    private static boolean matches(String wanted, List<String> actual) {
        return wanted == null || wanted.equals("*") || actual.contains(wanted);
    }
}
