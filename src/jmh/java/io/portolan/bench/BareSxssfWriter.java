package io.portolan.bench;

import io.portolan.catalog.Reference;
import io.portolan.engine.BoundaryRules;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The yardstick for the workbook benchmark: POI's streaming writer with its defaults, writing the same
 * sheets and cells as the change-request workbook (the Rules sheet, one sheet per firewall, the zone
 * matrix, the components) with no styles, no drop-down, no filter, no sorting and no print setup.
 */
final class BareSxssfWriter {

    private static final String[] HEADER = {"No.", "Rule id", "Firewall", "Source zone", "Source name", "Source host",
        "Source address", "Destination zone", "Destination name", "Destination host", "Destination address", "Protocol",
        "Port(s)", "Service / purpose", "Condition", "Required / optional", "Vendor reference", "Status", "Comments"};

    private BareSxssfWriter() {
    }

    static void write(FlowAnalysis analysis, Path target) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Design design = analysis.design();
            Sheet rules = workbook.createSheet("Rules");
            header(rules);
            int number = 1;
            for (BoundaryRules boundary : analysis.byFirewall()) {
                for (FirewallRule rule : boundary.rules()) {
                    row(rules, number++, boundary.boundary().name(), rule, design);
                }
            }
            number = 1;
            for (BoundaryRules boundary : analysis.byFirewall()) {
                Sheet sheet = workbook.createSheet(boundary.boundary().name().replace('/', '-'));
                header(sheet);
                for (FirewallRule rule : boundary.rules()) {
                    row(sheet, number++, boundary.boundary().name(), rule, design);
                }
            }
            matrix(workbook.createSheet("Zone matrix"), analysis);
            components(workbook.createSheet("Components"), design, analysis);
            workbook.write(out);
        }
    }

    private static void header(Sheet sheet) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < HEADER.length; i++) {
            row.createCell(i).setCellValue(HEADER[i]);
        }
    }

    private static void row(Sheet sheet, int number, String firewall, FirewallRule rule, Design design) {
        Node source = rule.source();
        Node destination = rule.destination();
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(number);
        String[] cells = {join(rule.flows().stream().map(Flow::ruleId).toList(), ", "), firewall, zone(design, source),
            source.name(), source.host(), source.address(), zone(design, destination), destination.name(), destination.host(),
            destination.address(), rule.protocolText(), rule.portText(), String.join("\n", rule.purposes()),
            Objects.requireNonNullElse(rule.conditions().shared(), ""), rule.optional() ? "Optional" : "Required",
            join(rule.references().stream().map(Reference::citation).toList(), "\n"), "Requested", ""};
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                row.createCell(i + 1).setCellValue(cells[i]);
            }
        }
    }

    private static void matrix(Sheet sheet, FlowAnalysis analysis) {
        List<Zone> zones = analysis.design().zones();
        int[][] counts = analysis.zoneMatrix().counts();
        Row header = sheet.createRow(0);
        for (int c = 0; c < zones.size(); c++) {
            header.createCell(c + 1).setCellValue(zones.get(c).name());
        }
        for (int r = 0; r < zones.size(); r++) {
            Row row = sheet.createRow(r + 1);
            row.createCell(0).setCellValue(zones.get(r).name());
            for (int c = 0; c < zones.size(); c++) {
                row.createCell(c + 1).setCellValue(counts[r][c]);
            }
        }
    }

    private static void components(Sheet sheet, Design design, FlowAnalysis analysis) {
        int index = 0;
        for (Node node : design.nodes()) {
            Row row = sheet.createRow(index++);
            row.createCell(0).setCellValue(node.name());
            row.createCell(1).setCellValue(analysis.catalog().type(node.typeId()).map(t -> t.name()).orElse(node.typeId()));
            row.createCell(2).setCellValue(zone(design, node));
            row.createCell(3).setCellValue(node.host());
            row.createCell(4).setCellValue(node.address());
            row.createCell(5).setCellValue(String.join(", ", node.features()));
            row.createCell(6).setCellValue(node.count());
        }
    }

    private static String zone(Design design, Node node) {
        return design.zone(node.zoneId()).map(Zone::name).orElse("");
    }

    private static String join(List<String> values, String separator) {
        Set<String> distinct = new LinkedHashSet<>(values);
        return String.join(separator, distinct);
    }
}
