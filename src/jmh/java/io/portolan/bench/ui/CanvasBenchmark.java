package io.portolan.bench.ui;

import io.portolan.catalog.Catalog;
import io.portolan.bench.LargeDesigns;
import io.portolan.catalog.CatalogLoader;
import io.portolan.edit.MoveSelection;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.document.Selection;
import io.portolan.ui.theme.Theme;
import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.panels.FlowsViewModel;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The window's two performance targets on a large design, headless (Monocle, software rendering):
 * opening and drawing a design of 1,000 nodes (under 2 s), and one drag update of a node across a zone
 * boundary: engine run, canvas update, CSS and layout (under 16 ms); the flows table and the status bar follow when the
 * drag rests ({@link #dragRests()}).
 *
 * <p>Run with {@code mvn -Pbench package -DskipTests} then {@code java -jar target/benchmarks.jar CanvasBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "-Xmx4g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class CanvasBenchmark {

    @Param({"1000"})
    public int nodes;

    private Catalog catalog;
    private FlowEngine engine;
    private Glyphs glyphs;
    private Design design;
    private Design[] dragFrames;
    private DesignDocument document;
    private DiagramView view;
    private Scene scene;
    private int frame;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        Fx.start();
        catalog = CatalogLoader.loadBuiltIn();
        engine = new FlowEngine(catalog);
        glyphs = Glyphs.load();
        design = LargeDesigns.generate(catalog, nodes);
        Node storefront = design.nodes().stream().filter(n -> n.typeId().equals("citrix.storefront")).findFirst().orElseThrow();
        // site A's servers sit right of the core servers: drag the StoreFront across that boundary
        double boundary = design.zone(storefront.zoneId()).orElseThrow().bounds().x();
        // a drag from the data centre into the DMZ and back, in steps that cross the boundary every frame
        dragFrames = new Design[2];
        dragFrames[0] = MoveSelection.of(design, Set.of(storefront.id()), boundary - 300 - storefront.position().x(), 0).apply(design);
        dragFrames[1] = MoveSelection.of(design, Set.of(storefront.id()), boundary + 60 - storefront.position().x(), 0).apply(design);
        if (java.util.Objects.equals(dragFrames[0].node(storefront.id()).orElseThrow().zoneId(),
                dragFrames[1].node(storefront.id()).orElseThrow().zoneId())) {
            throw new IllegalStateException("the benchmark drag does not cross a zone boundary");
        }
        Fx.call(() -> {
            open();
            return null;
        });
    }

    private WritableImage open() {
        document = new DesignDocument(new FlowEngine(catalog), design);
        Selection selection = new Selection();
        // the views the window keeps in step with the document: the flows table, the status bar and the walkthrough
        new FlowsViewModel(document, selection, catalog);
        new io.portolan.ui.panels.WalkthroughViewModel(document);
        view = new DiagramView(document, selection, catalog, glyphs);
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(view);
        root.setBottom(new io.portolan.ui.panels.StatusBarView(document, selection, view.zoomProperty()));
        root.getStyleClass().add("portolan");
        scene = new Scene(root, 1600, 1000);
        Theme.apply(scene, Theme.LIGHT);
        root.applyCss();
        root.layout();
        view.fit();
        return scene.snapshot(null);
    }

    /** Opening a design of 1,000 nodes: analysis, every shape built, styled, laid out and drawn once. */
    @Benchmark
    public WritableImage openAndDraw() {
        return Fx.call(this::open);
    }

    /**
     * One drag update across a zone boundary: engine run, canvas sync (affected edges and labels) and layout. The flows
     * table and the status bar follow when the drag rests (as they do in the window), not in the frame. (Not {@code applyCss()} on the root: that restyles every node, which a pulse does not.)
     */
    @Benchmark
    public int dragUpdateAcrossZoneBoundary() {
        return Fx.call(() -> {
            document.preview(dragFrames[frame++ & 1]);
            scene.getRoot().layout();
            return view.readout().drawnEdgeCount();
        });
    }

    /**
     * A drag frame followed by the drag resting: the flows table, the status bar and the warnings catch up with the
     * preview, as they do in the window once the pointer stops for a moment.
     */
    @Benchmark
    public int dragRests() {
        return Fx.call(() -> {
            document.preview(dragFrames[frame++ & 1]);
            document.settlePreview();
            scene.getRoot().layout();
            return view.readout().drawnEdgeCount();
        });
    }

    /** The same update followed by a pulse's CSS and layout passes and a full software repaint of the window. */
    @Benchmark
    public WritableImage dragUpdateAndRepaint() {
        return Fx.call(() -> {
            document.preview(dragFrames[frame++ & 1]);
            return scene.snapshot(null);
        });
    }

    /**
     * A finished move across a zone boundary, as the release of a drag commits it: the canvas brings the moved node's
     * edges up to date and routes again the edges it moved into or out of the way of.
     */
    @Benchmark
    public int commitMoveAcrossZoneBoundary() {
        return Fx.call(() -> {
            document.execute(io.portolan.edit.Command.of("Move", d -> dragFrames[frame++ & 1]));
            scene.getRoot().layout();
            return view.readout().drawnEdgeCount();
        });
    }

    /** Every label of the design placed at 100%, as a picture of the whole canvas asks for. */
    @Benchmark
    public int placeEveryLabel() {
        return Fx.call(() -> {
            document.execute(io.portolan.edit.Command.of("Move", d -> dragFrames[frame++ & 1]));
            view.actualSize();
            view.fit();
            return view.readout().crowdedLabels()[0];
        });
    }

    /** The engine alone on the same design, for comparison. */
    @Benchmark
    public int engineOnly() {
        return engine.analyze(dragFrames[frame++ & 1]).flows().size();
    }
}
