package io.portolan.engine;

import java.util.List;

/**
 * Something a reviewer should look at before sending a request.
 *
 * @param kind what sort of problem it is
 * @param message one line a user can act on, naming the node, zone or firewall and the field concerned
 * @param subjectIds ids of the nodes, zones or firewalls concerned, for selecting them
 * @param field the design file's name of the field concerned ({@code address}, {@code managementAddress},
 *     {@code cidrs}, {@code features}), or null when the warning is about no one field
 */
public record DesignWarning(Kind kind, String message, List<String> subjectIds, String field) {

    public DesignWarning {
        subjectIds = List.copyOf(subjectIds);
    }

    /** A warning about no one field. */
    public DesignWarning(Kind kind, String message, List<String> subjectIds) {
        this(kind, message, subjectIds, null);
    }

    /** The kinds of warning, in the order they are listed. */
    public enum Kind {
        /** A node's type is not in the catalog: it gets no flows. */
        UNKNOWN_TYPE,
        /** A node sits outside every zone: its flows have no route. */
        NODE_OUTSIDE_ZONES,
        /** Flows between two zones that no chain of firewalls joins. */
        UNROUTABLE_FLOWS,
        /** A flow from the internet straight into an internal or management zone. */
        INTERNET_TO_INTERNAL,
        /** Clients on the internet reach a server through a gateway that carries none of a protocol they need. */
        GATEWAY_GAP,
        /** An end of a crossing flow has no address, so the firewall rule cannot name it. */
        MISSING_ADDRESS,
        /** An address a firewall refuses or reads otherwise: a range written backwards, host bits in a CIDR. */
        ADDRESS_FORM,
        /** A node's address lies outside the address ranges of its zone. */
        ADDRESS_OUTSIDE_ZONE,
        /** Two zones whose address ranges overlap. */
        OVERLAPPING_ZONES,
        /** Two nodes have the same address of their own. */
        DUPLICATE_ADDRESS,
        /** A crossing flow whose port the vendor document gives only in words, so no rule can name it. */
        PORT_IN_WORDS,
        /** A crossing flow that opens a range of more than a thousand ports. */
        WIDE_PORT_RANGE,
        /** A component in a zone kind its type advises against, such as a VDA in the DMZ. */
        ZONE_ADVISED_AGAINST,
        /** A firewall joined to fewer than two zones, which no flow can pass. */
        FIREWALL_NOT_CONNECTED
    }
}
