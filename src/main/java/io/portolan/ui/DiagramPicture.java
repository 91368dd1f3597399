package io.portolan.ui;

import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.document.Selection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;

/** The whole diagram as a PNG picture, drawn without the selection's marks, for Export PNG and the workbook. */
final class DiagramPicture {

    private final DiagramView canvas;
    private final Selection selection;

    DiagramPicture(DiagramView canvas, Selection selection) {
        this.canvas = canvas;
        this.selection = selection;
    }

    /** The diagram as PNG bytes at the scale (1 = 100%); the selection is back as it was afterwards. */
    byte[] png(double scale) {
        selection.highlightedFlowProperty().set(null);
        Set<String> kept = selection.snapshot();
        selection.set(List.of());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(SwingFXUtils.fromFXImage(canvas.snapshotDiagram(scale), null), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the diagram as PNG", e);
        } finally {
            selection.set(kept);
        }
    }
}
