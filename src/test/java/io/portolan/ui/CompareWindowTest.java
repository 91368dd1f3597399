package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.DesignFile;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.testing.OwnRulebase;
import io.portolan.ui.document.Comparison;
import io.portolan.ui.panels.FlowRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Compare With: the canvas marks what changed or is already allowed, the flows table shows the changes. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    private final WindowFixture fixture = new WindowFixture();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private void onFx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(20_000, action);
    }

    /** The open template as it was before StoreFront moved to another address. */
    private Path earlierRevision() throws Exception {
        Design design = fixture.window.document().design();
        Node storeFront = design.node("storefront").orElseThrow();
        Path file = folder.resolve("earlier.portolan");
        DesignFile.write(file, design.withNode(storeFront.withAddress("10.10.99.5")));
        return file;
    }

    @Test
    void comparingWithADesignFileMarksTheChangedEdgesAndShowsOnlyTheirFlows() throws Exception {
        fixture.dialogs.filesToOpen.add(earlierRevision());

        onFx(() -> fixture.window.compareActions().compareWithFile());
        fixture.fit();

        assertThat(fixture.window.canvas().readout().edgeMark("gateway", "storefront")).contains(Comparison.CHANGED);
        assertThat(fixture.window.canvas().readout().edgeMark("users", "gateway")).isEmpty();
        assertThat(fixture.window.canvas().readout().edgeLabelText("gateway", "storefront")).hasValueSatisfying(
                text -> assertThat(text).endsWith("rules changed"));
        assertThat(fixture.window.flowsModel().changesOnlyProperty().get()).isTrue();
        List<FlowRow> shown = new ArrayList<>(fixture.window.flowsModel().shownRows());
        assertThat(shown).isNotEmpty().allSatisfy(row -> assertThat(row.source().id().equals("storefront")
                || row.destination().id().equals("storefront")).isTrue());
        assertThat(fixture.window.flowsModel().comparisonProperty().get()).startsWith("Compared with earlier.portolan: 0 to add");
        Snapshots.save(fixture.window.root().getScene(), "compare-with-file");

        onFx(() -> fixture.window.flowsModel().clearComparison());
        assertThat(fixture.window.canvas().readout().edgeMark("gateway", "storefront")).isEmpty();
        assertThat(fixture.window.flowsModel().shownRows()).hasSize(fixture.window.document().analysis().flows().size()
                + fixture.window.document().design().overrides().suppressed().size());
    }

    @Test
    void theComparedRequestHoldsOnlyTheChanges() throws Exception {
        fixture.dialogs.filesToOpen.add(earlierRevision());
        onFx(() -> fixture.window.compareActions().compareWithFile());
        Path workbook = folder.resolve("delta.xlsx");
        fixture.dialogs.filesToSave.add(workbook);

        onFx(() -> fixture.window.compareActions().exportCompared());
        fixture.awaitTasks();

        assertThat(fixture.dialogs.errors).isEmpty();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            List<String> header = new ArrayList<>();
            book.getSheet("Rules").getRow(0).forEach((Cell cell) -> header.add(cell.getStringCellValue()));
            assertThat(header.subList(0, 2)).containsExactly("No.", "Change");
            assertThat(book.getSheet("Rules").getRow(1).getCell(1).getStringCellValue()).isEqualTo("Change");
        }
    }

    @Test
    void checkingAgainstTheRulebaseInPlaceMarksTheEdgesItAllows() throws Exception {
        FlowAnalysis analysis = fixture.window.document().analysis();
        Path rules = folder.resolve("rules.csv");
        Files.writeString(rules, OwnRulebase.csv(analysis, false));
        fixture.dialogs.filesToOpen.add(rules);

        onFx(() -> fixture.window.compareActions().checkAgainstRulebase());
        fixture.fit();

        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.window.canvas().readout().edgeMark("gateway", "storefront")).contains(Comparison.ALLOWED);
        assertThat(fixture.window.flowsModel().comparisonProperty().get()).contains(analysis.rules().size() + " allowed, 0 partly");
        Snapshots.save(fixture.window.root().getScene(), "check-against-rulebase");
    }

    @Test
    void aDesignInAGitWorkingTreeComparesWithItsLastCommit() throws Exception {
        Path file = folder.resolve("design.portolan");
        DesignFile.write(file, fixture.window.document().design());
        try (Git git = Git.init().setDirectory(folder.toFile()).call()) {
            git.add().addFilepattern("design.portolan").call();
            git.commit().setMessage("First request").setAuthor("Ada", "ada@example.com")
                    .setCommitter("Ada", "ada@example.com").setSign(false).call();
        }
        onFx(() -> fixture.window.files().read(file));
        assertThat(fixture.window.compareActions().canCompareWithLastCommit()).isTrue();

        onFx(() -> fixture.window.compareActions().compareWithLastCommit());

        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.window.flowsModel().comparisonProperty().get())
                .startsWith("Compared with design.portolan at HEAD (").contains("First request): 0 to add, 0 to remove, 0 to change");
    }
}
