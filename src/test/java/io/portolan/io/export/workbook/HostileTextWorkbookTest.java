package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.export.CellText;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.model.RequestInfo;
import io.portolan.model.Zone;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a user typed or a received file held, the workbook is one every reader opens: control characters, a
 * tab in a firewall name, an emoji where the sheet name is cut, a name of five million characters.
 */
class HostileTextWorkbookTest {

    private static final String EMOJI = "\uD83D\uDD25";

    @TempDir
    Path folder;

    private static Design hostile() {
        Design design = TestDesigns.citrixOnPremises();
        Node gateway = design.node("gw").orElseThrow();
        design = design.withNode(gateway.withName("Gateway\u0001\u001B[2J\u0007 bell"));
        Node sf = design.node("sf").orElseThrow();
        design = design.withNode(sf.withName("S".repeat(5_000_000)));
        Zone dmz = design.zone("dmz").orElseThrow();
        design = design.withZone(dmz.withName("DMZ\u0002"));
        Firewall outer = design.firewall("fw-outer").orElseThrow();
        design = design.withFirewall(outer.withName("Outer\tfirewall " + "x".repeat(15) + EMOJI + " end"));
        RequestInfo r = design.request();
        return design.withRequest(new RequestInfo(r.title() + "\u0003", r.requester(), r.changeReference(), r.environment(),
                "Line one\u000Bline two"));
    }

    @Test
    void everySheetIsWellFormedXmlAndNoSheetNameSplitsAnEmoji() throws Exception {
        Path file = folder.resolve("hostile.xlsx");
        WorkbookExporter.export(TestDesigns.analyse(hostile()), WorkbookOptions.defaults(), file);

        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> parts = zip.stream().filter(e -> e.getName().endsWith(".xml")).toList();
            assertThat(parts).isNotEmpty();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            for (ZipEntry part : parts) {
                try (InputStream in = zip.getInputStream(part)) {
                    factory.newDocumentBuilder().parse(in);
                }
            }
        }
        try (XSSFWorkbook workbook = Sheets.open(file)) {
            List<String> names = Sheets.names(workbook);
            assertThat(names).allSatisfy(name -> {
                assertThat(name).hasSizeLessThanOrEqualTo(SheetNames.MAX_LENGTH).doesNotContain("\t");
                assertThat(name.chars().noneMatch(c -> Character.isSurrogate((char) c) && !paired(name))).as(name).isTrue();
            });
            List<String> sources = Sheets.column(workbook.getSheet("Rules"), io.portolan.io.export.RuleColumn.SOURCE_NAME);
            assertThat(sources).anySatisfy(s -> assertThat(s).endsWith(CellText.CUT_NOTE).hasSize(CellText.MAX_LENGTH));
            assertThat(sources).anySatisfy(s -> assertThat(s).startsWith("Gateway\uFFFD"));
        }
    }

    @Test
    void aFirewallWhoseNameHasAnEmojiAcrossTheSheetNameLimitGetsAValidSheetThatPoiOpens() throws Exception {
        Design design = TestDesigns.citrixOnPremises();
        design = design.withFirewall(design.firewall("fw-outer").orElseThrow().withName("x".repeat(30) + EMOJI + " outer"));
        design = design.withFirewall(design.firewall("fw-inner").orElseThrow().withName("y".repeat(29) + EMOJI + "inner"));
        Path file = folder.resolve("emoji.xlsx");
        WorkbookExporter.export(TestDesigns.analyse(design), WorkbookOptions.defaults(), file);

        try (XSSFWorkbook workbook = Sheets.open(file)) {
            List<String> names = Sheets.names(workbook);
            assertThat(names).contains("x".repeat(30), "y".repeat(29) + EMOJI);
            assertThat(names).allSatisfy(name -> {
                assertThat(name).hasSizeLessThanOrEqualTo(SheetNames.MAX_LENGTH);
                assertThat(paired(name)).as(name).isTrue();
                WorkbookUtil.validateSheetName(name);
            });
            assertThat(Sheets.ruleRows(workbook.getSheet("x".repeat(30)))).isNotEmpty();
        }
    }

    @Test
    void aRealReaderOpensIt() throws Exception {
        Optional<String> python = pythonWithOpenpyxl();
        Assumptions.assumeTrue(python.isPresent(), "openpyxl is not installed (apt-get install python3-openpyxl); .ci/run installs it");
        Path file = folder.resolve("hostile.xlsx");
        WorkbookExporter.export(TestDesigns.analyse(hostile()), WorkbookOptions.defaults(), file);

        Process reader = new ProcessBuilder(python.get(), "-c", "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); "
                + "print(len(wb.sheetnames))", file.toString()).redirectErrorStream(true).start();
        String output = new String(reader.getInputStream().readAllBytes());
        assertThat(reader.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(reader.exitValue()).as(output).isZero();
    }

    /** True when every surrogate of the text is half of a pair (an emoji kept whole). */
    private static boolean paired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A Python that has openpyxl: the one on the PATH, or Debian's, where apt installs it. */
    static Optional<String> pythonWithOpenpyxl() throws Exception {
        List<String> candidates = new ArrayList<>(List.of("python3"));
        if (new File("/usr/bin/python3").canExecute()) {
            candidates.add("/usr/bin/python3");
        }
        for (String python : candidates) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import openpyxl").redirectErrorStream(true).start();
                probe.getInputStream().readAllBytes();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (java.io.IOException e) {
                // no such interpreter: try the next
            }
        }
        return Optional.empty();
    }
}
