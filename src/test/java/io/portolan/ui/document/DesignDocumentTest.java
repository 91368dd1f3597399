package io.portolan.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.edit.MoveSelection;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DesignDocumentTest {

    private static Catalog catalog;
    private static Design template;

    @BeforeAll
    static void load() throws Exception {
        catalog = CatalogLoader.loadBuiltIn();
        template = Templates.load("citrix-onprem", catalog);
    }

    private DesignDocument document() {
        return new DesignDocument(new FlowEngine(catalog), template);
    }

    @Test
    void titleNamesTheFileAndMarksUnsavedChanges() {
        DesignDocument document = document();
        assertThat(document.titleProperty().get()).isEqualTo("Untitled \u2014 Portolan");
        document.execute(MoveSelection.of(template, Set.of("vda"), 20, 0));
        assertThat(document.titleProperty().get()).isEqualTo("\u2022 Untitled \u2014 Portolan");
        document.markSaved(Path.of("/tmp/contoso.portolan"));
        assertThat(document.titleProperty().get()).isEqualTo("contoso.portolan \u2014 Portolan");
        document.undo();
        assertThat(document.isModified()).isTrue();
    }

    @Test
    void previewIsAnalysedAndShownButLeavesTheHistoryAlone() {
        DesignDocument document = document();
        Design moved = MoveSelection.of(template, Set.of("storefront"), -400, 0).apply(template);
        document.preview(moved);
        assertThat(document.shown()).isEqualTo(moved);
        assertThat(document.analysis().design()).isEqualTo(moved);
        assertThat(document.design()).isEqualTo(template);
        assertThat(document.isModified()).isFalse();
        assertThat(document.undoTextProperty().get()).isEmpty();
        document.cancelPreview();
        assertThat(document.shown()).isEqualTo(template);
        assertThat(document.analysis().design()).isEqualTo(template);
    }

    @Test
    void executingAfterAPreviewCommitsOneUndoStep() {
        DesignDocument document = document();
        for (int step = 1; step <= 5; step++) {
            document.preview(MoveSelection.of(template, Set.of("storefront"), -80.0 * step, 0).apply(template));
        }
        document.execute(MoveSelection.of(template, Set.of("storefront"), -400, 0));
        assertThat(document.previewingProperty().get()).isFalse();
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Move 1 node");
        document.undo();
        assertThat(document.design()).isEqualTo(template);
        assertThat(document.undoTextProperty().get()).isEmpty();
    }

    @Test
    void theSettledAnalysisWaitsForAPreviewToRestOrEnd() {
        DesignDocument document = document();
        FlowAnalysis committed = document.settledAnalysis();
        assertThat(committed.design()).isEqualTo(template);
        Design moved = MoveSelection.of(template, Set.of("storefront"), -400, 0).apply(template);
        document.preview(moved);
        assertThat(document.analysis().design()).isEqualTo(moved);
        assertThat(document.settledAnalysis()).as("a drag frame leaves the flows table alone").isSameAs(committed);

        document.settlePreview();
        assertThat(document.settledAnalysis().design()).isEqualTo(moved);
        assertThat(document.settledAnalysis().flows()).isEqualTo(new FlowEngine(catalog).analyze(moved).flows());

        document.cancelPreview();
        assertThat(document.settledAnalysis()).isSameAs(committed);
        assertThat(document.analysis()).isSameAs(committed);
    }

    @Test
    void committingAPreviewSettlesTheAnalysisOfTheCommittedDesign() {
        DesignDocument document = document();
        FlowEngine engine = new FlowEngine(catalog);
        for (int step = 1; step <= 5; step++) {
            Design frame = MoveSelection.of(template, Set.of("storefront"), -80.0 * step, 0).apply(template);
            document.preview(frame);
            // each frame equals a whole analysis of what it shows, whichever frame came before
            assertThat(document.analysis().flows()).isEqualTo(engine.analyze(frame).flows());
        }
        document.execute(MoveSelection.of(template, Set.of("storefront"), -400, 0));
        assertThat(document.settledAnalysis().design()).isEqualTo(document.design());
        assertThat(document.settledAnalysis().flows()).isEqualTo(engine.analyze(document.design()).flows());
        assertThat(document.settledAnalysis().warnings()).isEqualTo(engine.analyze(document.design()).warnings());
    }
}
