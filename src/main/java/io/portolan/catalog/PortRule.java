package io.portolan.catalog;

import io.portolan.model.AddressRole;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.List;

/**
 * One port requirement from a vendor document: traffic from components of one type to components of
 * another, on a protocol and ports, for a purpose, under a condition.
 *
 * @param id stable id, unique across all catalog files
 * @param from the initiating end
 * @param to the listening end
 * @param protocol the transport
 * @param ipProtocol the IP protocol number when {@code protocol} is {@link Protocol#IP}, otherwise null
 * @param ports the destination ports; empty for ICMP and IP, or where the document gives the port only
 *     in words (then {@code portNote} says what it is)
 * @param portNote the document's words about the port ({@code Randomly selected unreserved port}),
 *     or null
 * @param purpose what the traffic is for, as the document says it
 * @param condition the features that must all be on for the rule to apply ({@code ssl}), or off
 *     ({@code !legacy-cache-sync}); empty when it always applies. A feature is checked on each end whose
 *     type declares it.
 * @param optional true when the document marks the row optional (it is still listed, flagged)
 * @param bidirectional true when the document marks the row bidirectional: it gives a flow each way
 * @param local true for traffic that never leaves the host (127.0.0.1): listed, but no network flow
 * @param requires types or tags ({@code tag:NAME}) the design must hold a node of for the rule to apply, or with
 *     a leading {@code !} must hold none of: the component a row is about when it is neither end (a FAS server for
 *     the VDA's FAS rows); empty when the ends suffice
 * @param temporary true for traffic needed only while installing (push installation of agents): the request says so
 * @param fromAddress which address of the source the connections come from
 * @param toAddress which address of the destination they go to
 * @param portSetting the id of the destination type's setting the port comes from (a port the administrator
 *     chooses), or null when the rule gives its ports
 * @param viaGateways gateway types that stand in for this direct client access: when a design places
 *     one of them, clients on the internet reach the server through the gateway instead; may be empty
 * @param reference the document and section the row comes from
 * @param source the catalog file that defines the rule
 */
public record PortRule(
        String id,
        TypeSelector from,
        TypeSelector to,
        Protocol protocol,
        Integer ipProtocol,
        PortSet ports,
        String portNote,
        String purpose,
        List<String> condition,
        boolean optional,
        boolean bidirectional,
        boolean local,
        List<String> requires,
        boolean temporary,
        AddressRole fromAddress,
        AddressRole toAddress,
        String portSetting,
        List<String> viaGateways,
        Reference reference,
        String source) {

    public PortRule {
        condition = List.copyOf(condition);
        requires = List.copyOf(requires);
        fromAddress = fromAddress == null ? AddressRole.OUTBOUND : fromAddress;
        toAddress = toAddress == null ? AddressRole.SERVICE : toAddress;
        viaGateways = List.copyOf(viaGateways);
    }

    /** The port column as a request writes it: {@code 80, 443}, the document's words, or empty. */
    public String portText() {
        if (!ports.isEmpty()) {
            return ports.toString();
        }
        return portNote == null ? "" : portNote;
    }

    /** {@code TCP}, {@code UDP}, {@code ICMP}, or {@code IP 112}. */
    public String protocolText() {
        return protocol == Protocol.IP ? "IP " + ipProtocol : protocol.name();
    }

    /** The feature id of a condition term: {@code ssl} for both {@code ssl} and {@code !ssl}. */
    public static String featureOf(String term) {
        return term.startsWith("!") ? term.substring(1) : term;
    }

    /** The type or tag of a {@code requires} entry: {@code citrix.fas} for both {@code citrix.fas} and {@code !citrix.fas}. */
    public static TypeSelector requiredSelector(String entry) {
        return new TypeSelector(entry.startsWith("!") ? entry.substring(1) : entry);
    }

    /** True when a {@code requires} entry asks for the design to hold no node of the type or tag. */
    public static boolean requiresAbsence(String entry) {
        return entry.startsWith("!");
    }

    /** True when a condition term asks for the feature to be off. */
    public static boolean isNegated(String term) {
        return term.startsWith("!");
    }

    /** The condition as text ({@code ssl + rdp-udp}), or null when the rule always applies. */
    public String conditionText() {
        return condition.isEmpty() ? null : String.join(" + ", condition);
    }
}
