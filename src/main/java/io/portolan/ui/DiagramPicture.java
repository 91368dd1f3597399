package io.portolan.ui;

import io.portolan.io.export.diagram.DiagramFormat;
import io.portolan.io.export.diagram.DiagramOptions;
import io.portolan.io.export.diagram.DiagramRenderer;
import io.portolan.ui.document.DesignDocument;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/**
 * The picture the window exports, prints and puts in its workbooks: the drawing the command line makes too, of the
 * committed design, with or without same-zone edges as the canvas shows them. Never a snapshot of the canvas, so that
 * zoom, selection, focus and theme leave it as it is.
 */
final class DiagramPicture {

    private final DesignDocument document;
    private final BooleanSupplier sameZoneEdges;

    /**
     * @param sameZoneEdges whether the canvas shows the edges between nodes of one zone
     */
    DiagramPicture(DesignDocument document, BooleanSupplier sameZoneEdges) {
        this.document = document;
        this.sameZoneEdges = sameZoneEdges;
    }

    /** The drawing of the design as it is now, dated the day. */
    DiagramRenderer renderer(LocalDate date) {
        return DiagramRenderer.of(document.analysis(), new DiagramOptions(date, sameZoneEdges.getAsBoolean()));
    }

    /** The picture as PNG at the default scale, dated the day, for a workbook's Diagram sheet. */
    byte[] png(LocalDate date) {
        return renderer(date).png();
    }

    /** The picture in the format at its default size, dated today, for Export. */
    byte[] bytes(DiagramFormat format) {
        return renderer(LocalDate.now()).write(format, 0);
    }
}
