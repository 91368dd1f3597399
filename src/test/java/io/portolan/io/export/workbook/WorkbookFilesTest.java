package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.RuleColumn;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the workbook file is written: whole or not at all, the same bytes for the same design, valid sheet names. */
class WorkbookFilesTest {

    @TempDir
    Path folder;

    @Test
    void sameDesignAndDateGiveTheSameBytes() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.citrixOnPremises());
        Path first = folder.resolve("first.xlsx");
        Path second = folder.resolve("second.xlsx");
        WorkbookOptions options = new WorkbookOptions(false, TestPictures.png(30, 30), Sheets.DATE);
        WorkbookExporter.export(analysis, options, first);
        WorkbookExporter.export(TestDesigns.analyse(TestDesigns.citrixOnPremises()), options, second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void fileIsDatedTheRequestDate() throws Exception {
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), false, null, folder)) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(Sheets.DATE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            assertThat(core.getTitle()).isEqualTo("Citrix remote access for Contoso");
        }
    }

    @Test
    void existingWorkbookIsReplacedByTheNewOneWhole() throws Exception {
        Path target = folder.resolve("request.xlsx");
        Files.writeString(target, "an older request");
        WorkbookExporter.export(TestDesigns.analyse(TestDesigns.gatewayToStoreFront()), WorkbookOptions.defaults(), target);
        try (XSSFWorkbook workbook = Sheets.open(target)) {
            assertThat(Sheets.ruleRows(workbook.getSheet("Rules"))).hasSize(4);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("request.xlsx");
        }
    }

    @Test
    void readOnlyTargetGivesAClearErrorAndKeepsTheOldFile() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write read-only files");
        Path target = folder.resolve("request.xlsx");
        Files.writeString(target, "approved last week");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.gatewayToStoreFront());
        assertThatThrownBy(() -> WorkbookExporter.export(analysis, WorkbookOptions.defaults(), target))
                .isInstanceOf(OutputFileException.class)
                .hasMessageContaining(target.toString()).hasMessageContaining("read-only");
        assertThat(Files.readString(target)).isEqualTo("approved last week");
    }

    @Test
    void targetThatIsAFolderGivesAnErrorAndTheFolderStaysAsItWas() throws Exception {
        Path target = Files.createDirectory(folder.resolve("request.xlsx"));
        Files.writeString(target.resolve("inside.txt"), "kept");
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.gatewayToStoreFront());
        assertThatThrownBy(() -> WorkbookExporter.export(analysis, WorkbookOptions.defaults(), target))
                .isInstanceOf(OutputFileException.class).hasMessageContaining(target.toString()).hasMessageContaining("folder");
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("kept");
    }

    @Test
    void targetInAMissingFolderGivesAnErrorNamingTheFile() {
        Path target = folder.resolve("missing").resolve("request.xlsx");
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.gatewayToStoreFront());
        assertThatThrownBy(() -> WorkbookExporter.export(analysis, WorkbookOptions.defaults(), target))
                .isInstanceOf(OutputFileException.class).hasMessageContaining(target.toString());
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void diagramThatIsNotAPngIsRefusedBeforeAnythingIsWritten() {
        Path target = folder.resolve("request.xlsx");
        FlowAnalysis analysis = TestDesigns.analyse(TestDesigns.gatewayToStoreFront());
        WorkbookOptions options = new WorkbookOptions(false, "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII), Sheets.DATE);
        assertThatThrownBy(() -> WorkbookExporter.export(analysis, options, target)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void firewallNamesBecomeValidUniqueSheetNames() throws Exception {
        Design base = TestDesigns.gatewayToStoreFront();
        Design design = base.withFirewall(new Firewall("fw-outer", "Rules", List.of("internet", "dmz"), new Point(325, 250)))
                .withFirewall(new Firewall("fw-inner", "Core [DC1]: inside/outside * a very long firewall name", List.of("dmz", "lan"),
                        new Point(675, 250)));
        try (XSSFWorkbook workbook = Sheets.export(TestDesigns.analyse(design), false, null, folder)) {
            assertThat(Sheets.names(workbook)).containsExactly("Request", "Rules", "Rules (2)", "Core -DC1-- inside-outside - a",
                    "Zone matrix", "Components");
            assertThat(Sheets.ruleRows(workbook.getSheet("Rules (2)"))).extracting(r -> r.get(RuleColumn.FIREWALL.ordinal()))
                    .containsOnly("Rules");
        }
    }

    @Test
    void optionsDefaultToConsolidatedRulesWithoutDiagramDatedToday() {
        WorkbookOptions defaults = WorkbookOptions.defaults();
        assertThat(defaults.detailed()).isFalse();
        assertThat(defaults.diagramPng()).isNull();
        assertThat(defaults.date()).isEqualTo(LocalDate.now());
    }
}
