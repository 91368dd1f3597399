package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.design.Templates;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PrintLayoutTest {

    @TempDir
    java.nio.file.Path folder;

    @ParameterizedTest
    @CsvSource({"en_US, LETTER", "en_CA, LETTER", "fr_CA, LETTER", "es_MX, LETTER", "en_PH, LETTER", "es_CL, LETTER",
        "en_GB, A4", "de_DE, A4", "fr_FR, A4", "en_IN, A4", "en_AU, A4", "ja_JP, A4", "en, A4"})
    void thePaperIsTheUsualOneWhereTheLocaleIs(String locale, PaperSize paper) {
        assertThat(PaperSize.forLocale(Locale.forLanguageTag(locale.replace('_', '-')))).isEqualTo(paper);
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void everyPaperIsNamedAsTheOptionWritesIt(PaperSize paper) {
        assertThat(PaperSize.parse(paper.name().toLowerCase(Locale.ROOT))).contains(paper);
        assertThat(PaperSize.parse(" " + paper.label().toUpperCase(Locale.ROOT) + " ")).contains(paper);
    }

    @Test
    void aNarrowTablePrintsFullSizeOnOnePage() {
        PageColumns pages = PageColumns.of(new double[] {100, 100, 100}, 500, 1, 11);
        assertThat(pages.scale()).isEqualTo(100);
        assertThat(pages.breaks()).isEmpty();
    }

    @Test
    void aTableSlightlyTooWideShrinksToOnePageRatherThanTakingTwo() {
        PageColumns pages = PageColumns.of(new double[] {200, 200, 200}, 500, 1, 11);
        assertThat(pages.breaks()).isEmpty();
        assertThat(pages.scale()).isEqualTo(83);
    }

    @Test
    void aWideTableGoesAcrossPagesWithTextNeverUnderSevenPoints() {
        double[] widths = new double[20];
        java.util.Arrays.fill(widths, 100);
        PageColumns pages = PageColumns.of(widths, 780, 2, 11);
        assertThat(pages.scale() * 11 / 100.0).isGreaterThanOrEqualTo(7);
        assertThat(pages.breaks()).isNotEmpty();
        double capacity = 780 * 100.0 / pages.scale();
        int first = 0;
        for (int end : pages.breaks()) {
            double used = (first == 0 ? 0 : 200) + (end - first + 1) * 100;
            assertThat(used).isLessThanOrEqualTo(capacity);
            first = end + 1;
        }
    }

    @Test
    void aColumnWiderThanAPageGetsAPageOfItsOwn() {
        PageColumns pages = PageColumns.of(new double[] {50, 3000, 50}, 500, 1, 11);
        assertThat(pages.breaks()).containsExactly(0, 1);
    }

    @Test
    void theTemplatesRulesSheetPrintsOnA4AcrossTwoPagesRepeatingNumberRuleIdAndFirewall() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(Templates.load("citrix-onprem", TestDesigns.CATALOG));
        java.nio.file.Path file = folder.resolve("a4.xlsx");
        WorkbookExporter.export(analysis, new WorkbookOptions(false, null, Sheets.DATE, PaperSize.A4), file);
        try (XSSFWorkbook workbook = Sheets.open(file)) {
            XSSFSheet rules = workbook.getSheet("Rules");
            Sheets.assertPrintsLegibly(rules, PaperSize.A4, true);
            assertThat(rules.getRepeatingColumns()).isEqualTo(new CellRangeAddress(-1, -1, 0, 2));
            assertThat(rules.getColumnBreaks()).isNotEmpty();
            for (String name : List.of("Components", "Zone matrix")) {
                Sheets.assertPrintsLegibly(workbook.getSheet(name), PaperSize.A4, name.equals("Components"));
            }
            assertThat(workbook.getSheet("Request").getPrintSetup().getPaperSize()).isEqualTo(PaperSize.A4.code());
        }
    }

    @Test
    void a3PrintsTheRulesLargerOrOnFewerPagesThanA4() throws Exception {
        FlowAnalysis analysis = TestDesigns.analyse(Templates.load("citrix-onprem", TestDesigns.CATALOG));
        java.nio.file.Path a4 = folder.resolve("a4.xlsx");
        java.nio.file.Path a3 = folder.resolve("a3.xlsx");
        WorkbookExporter.export(analysis, new WorkbookOptions(false, null, Sheets.DATE, PaperSize.A4), a4);
        WorkbookExporter.export(analysis, new WorkbookOptions(false, null, Sheets.DATE, PaperSize.A3), a3);
        try (XSSFWorkbook onA4 = Sheets.open(a4); XSSFWorkbook onA3 = Sheets.open(a3)) {
            XSSFSheet small = onA4.getSheet("Rules");
            XSSFSheet large = onA3.getSheet("Rules");
            Sheets.assertPrintsLegibly(large, PaperSize.A3, true);
            boolean fewerPages = large.getColumnBreaks().length < small.getColumnBreaks().length;
            boolean larger = large.getPrintSetup().getScale() > small.getPrintSetup().getScale();
            assertThat(fewerPages || larger).isTrue();
        }
    }
}
