package io.portolan.cli;

import static io.portolan.testing.CommandLineRun.run;
import static io.portolan.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.design.DesignFile;
import io.portolan.io.export.CellText;
import io.portolan.model.Design;
import io.portolan.model.ZoneKind;
import io.portolan.testing.CommandLineRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node name of five million characters goes through the real {@code export} command into cells a spreadsheet holds. */
class HugeNameExportTest {

    private static final int NAME_LENGTH = 5_000_000;

    @TempDir
    Path folder;

    @Test
    void aFiveMillionCharacterNameIsCutAtTheCellLimitWithANoteAndTheExportFinishes() throws Exception {
        String name = "SQL " + "q".repeat(NAME_LENGTH - 4);
        Design design = design().zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL).firewall("fw", "dmz", "lan")
                .node("gw", "citrix.gateway", "dmz").node("ddc", "citrix.ddc", "lan").node("sql", "common.sql-server", "dmz")
                .build();
        design = design.withNode(design.node("sql").orElseThrow().withName(name));
        Path file = folder.resolve("huge-name.portolan");
        DesignFile.write(file, design);
        Path xlsx = folder.resolve("huge-name.xlsx");

        CommandLineRun result = run("export", file.toString(), "-o", xlsx.toString());

        assertThat(result.status()).as(result.err()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            List<String> rules = texts(workbook.getSheet("Rules"));
            String cut = name.substring(0, CellText.MAX_LENGTH - CellText.CUT_NOTE.length()) + CellText.CUT_NOTE;
            assertThat(rules).contains(cut);
            for (Sheet sheet : workbook) {
                assertThat(texts(sheet)).as(sheet.getSheetName())
                        .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH));
            }
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(cell.toString());
            }
        }
        return texts;
    }
}
