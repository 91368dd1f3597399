package io.portolan.ui;

import io.portolan.io.export.diagram.Png;
import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.document.Selection;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;

/** The whole diagram as a PNG picture, drawn without the selection's marks, for Export PNG and the workbook. */
final class DiagramPicture {

    private final DiagramView canvas;
    private final Selection selection;

    DiagramPicture(DiagramView canvas, Selection selection) {
        this.canvas = canvas;
        this.selection = selection;
    }

    /**
     * The diagram drawn as it is now, on the window's thread; it is encoded as PNG later, on any thread, so that an
     * export spends the window's time only on drawing.
     *
     * @param image the pixels
     */
    record Drawn(BufferedImage image) {

        /** Writes the picture as PNG to the stream, which is left open. */
        void writePng(OutputStream out) throws IOException {
            Png.write(image, out);
        }

        /** The picture as PNG bytes. */
        byte[] png() {
            return Png.bytes(image);
        }
    }

    /** The diagram drawn at the scale (1 = 100%); the selection is back as it was afterwards. */
    Drawn draw(double scale) {
        selection.highlightedFlowProperty().set(null);
        Set<String> kept = selection.snapshot();
        selection.set(List.of());
        try {
            return new Drawn(SwingFXUtils.fromFXImage(canvas.snapshotDiagram(scale), null));
        } finally {
            selection.set(kept);
        }
    }
}
