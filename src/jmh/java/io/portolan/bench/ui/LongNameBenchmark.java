package io.portolan.bench.ui;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import io.portolan.io.export.diagram.DiagramOptions;
import io.portolan.io.export.diagram.DiagramRenderer;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.document.Selection;
import io.portolan.ui.panels.FlowsViewModel;
import io.portolan.ui.panels.InspectorViewModel;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Theme;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
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
 * The Citrix on-premises template with its Gateway's name made {@code nameLength} characters long (words and spaces,
 * as a pasted text would be): opening and drawing it on the canvas, headless, and drawing the workbook's diagram. A
 * 40,000-character name took 73 s to open in the window, against 2.8 s for the template, because the canvas cut
 * the name one character at a time, measuring the whole rest each time. The picture is the export's, for comparison.
 *
 * <p>Run with {@code mvn -Pbench package -DskipTests} then {@code java -jar target/benchmarks.jar LongNameBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class LongNameBenchmark {

    private static final String WORDS = "Lorem ipsum dolor sit amet consectetur ";

    @Param({"14", "40000"})
    public int nameLength;

    private Catalog catalog;
    private Glyphs glyphs;
    private Design design;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException, Templates.UnknownTemplateException {
        Fx.start();
        catalog = CatalogLoader.loadBuiltIn();
        glyphs = Glyphs.load();
        Design template = Templates.load("citrix-onprem", catalog);
        Node gateway = template.node("gateway").orElseThrow();
        design = template.withNode(gateway.withName(WORDS.repeat(nameLength / WORDS.length() + 1).substring(0, nameLength)));
    }

    /** The design opened: analysis, canvas, flows table model and inspector, styled, laid out and drawn once, the named node then selected. */
    @Benchmark
    public WritableImage openAndDraw() {
        return Fx.call(() -> {
            DesignDocument document = new DesignDocument(new FlowEngine(catalog), design);
            Selection selection = new Selection();
            new FlowsViewModel(document, selection, catalog);
            new InspectorViewModel(document, selection, catalog);
            DiagramView view = new DiagramView(document, selection, catalog, glyphs);
            StackPane root = new StackPane(view);
            root.getStyleClass().add("portolan");
            Scene scene = new Scene(root, 1600, 1000);
            Theme.apply(scene, Theme.LIGHT);
            root.applyCss();
            root.layout();
            view.fit();
            selection.select("gateway");
            return scene.snapshot(null);
        });
    }

    /** The workbook's picture of the design, drawn with java.awt, which keeps every letter of a name. */
    @Benchmark
    public byte[] picturePng() {
        return DiagramRenderer.of(new FlowEngine(catalog).analyze(design), DiagramOptions.of(LocalDate.of(2026, 1, 1))).png();
    }
}
