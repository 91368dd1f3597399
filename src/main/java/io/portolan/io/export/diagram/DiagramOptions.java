package io.portolan.io.export.diagram;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an exported picture shows beside the design.
 *
 * @param date the date written under the title (the request's date); never null
 * @param sameZoneEdges true to draw the edges between nodes of one zone too, false for only those that need a rule
 */
public record DiagramOptions(LocalDate date, boolean sameZoneEdges) {

    public DiagramOptions {
        Objects.requireNonNull(date, "date");
    }

    /** Every edge, dated the given day. */
    public static DiagramOptions of(LocalDate date) {
        return new DiagramOptions(date, true);
    }
}
