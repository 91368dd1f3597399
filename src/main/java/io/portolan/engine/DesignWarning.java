package io.portolan.engine;

import java.util.List;

/**
 * Something a reviewer should look at before sending a request.
 *
 * @param kind what sort of problem it is
 * @param message one line a user can act on
 * @param subjectIds ids of the nodes, zones or firewalls concerned, for selecting them
 */
public record DesignWarning(Kind kind, String message, List<String> subjectIds) {

    public DesignWarning {
        subjectIds = List.copyOf(subjectIds);
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
        /** A component in a zone kind its type advises against, such as a VDA in the DMZ. */
        ZONE_ADVISED_AGAINST,
        /** A firewall joined to fewer than two zones, which no flow can pass. */
        FIREWALL_NOT_CONNECTED
    }
}
