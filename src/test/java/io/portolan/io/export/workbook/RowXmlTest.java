package io.portolan.io.export.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.export.CellText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The rows the Rules sheets stream are the XML POI writes for the same cells with shared strings, and the shared strings
 * hold each text as POI writes it inline in a cell.
 */
class RowXmlTest {

    /** The XML of one row as RowXml writes it, its texts shared: a number, then the texts, with their styles. */
    private static String streamed(int number, float height, List<String> texts, SharedTexts shared) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RowXml xml = new RowXml(bytes);
        xml.startRow(number + 1, height);
        xml.number(0, 1, number);
        for (int c = 0; c < texts.size(); c++) {
            SharedTexts.Text text = shared.use(texts.get(c));
            if (text.index < 0) {
                xml.blank(c + 1, c + 2);
            } else {
                xml.shared(c + 1, c + 2, text.index);
            }
        }
        xml.endRow();
        xml.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The XML of the same row as SXSSF writes it through its own sheet writer, with shared strings or inline text. */
    private static String pois(int number, float height, List<String> texts, boolean shared) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, shared)) {
            SXSSFSheet sheet = workbook.createSheet();
            SXSSFRow row = sheet.createRow(number);
            if (height > 0) {
                row.setHeightInPoints(height);
            }
            Cells.number(row, 0, number, style(workbook, 1));
            for (int c = 0; c < texts.size(); c++) {
                String text = CellText.safe(texts.get(c));
                row.createCell(c + 1).setCellStyle(style(workbook, c + 2));
                if (!text.isEmpty()) {
                    row.getCell(c + 1).setCellValue(text);
                }
            }
            if (!shared) {
                java.io.StringWriter out = new java.io.StringWriter();
                SheetDataWriter writer = new SheetDataWriter(out);
                writer.writeRow(number, row);
                writer.close();
                return out.toString();
            }
            SharedWriter writer = new SharedWriter(workbook.getXSSFWorkbook().getSharedStringSource());
            writer.writeRow(number, row);
            writer.close();
            try (java.io.InputStream in = writer.getWorksheetXMLInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                java.nio.file.Files.deleteIfExists(writer.file().toPath());
            }
        }
    }

    /** POI's sheet writer with shared strings, whose temporary file the test deletes. */
    private static final class SharedWriter extends SheetDataWriter {
        SharedWriter(org.apache.poi.xssf.model.SharedStringsTable strings) throws IOException {
            super(strings);
        }

        java.io.File file() {
            return getTempFile();
        }
    }

    /** The texts of the shared strings part, each as a reader reads it, named as an inline text ({@code is}). */
    private static List<String> sharedStrings(SharedTexts shared) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        shared.write(bytes);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(bytes.toString(StandardCharsets.UTF_8))));
        Element sst = document.getDocumentElement();
        assertThat(sst.getAttribute("uniqueCount")).isEqualTo(Integer.toString(shared.size()));
        List<String> texts = new ArrayList<>();
        NodeList items = sst.getElementsByTagName("si");
        for (int i = 0; i < items.getLength(); i++) {
            document.renameNode(items.item(i), null, "is");
            StringBuilder out = new StringBuilder();
            describe((Element) items.item(i), out);
            texts.add(out.toString());
        }
        return texts;
    }

    /** The inline texts of POI's row, each once, in order. */
    private static List<String> inlineTexts(String rowXml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<sheetData>" + rowXml + "</sheetData>")));
        List<String> texts = new ArrayList<>();
        NodeList items = document.getElementsByTagName("is");
        for (int i = 0; i < items.getLength(); i++) {
            StringBuilder out = new StringBuilder();
            describe((Element) items.item(i), out);
            if (!texts.contains(out.toString())) {
                texts.add(out.toString());
            }
        }
        return texts;
    }

    private static org.apache.poi.ss.usermodel.CellStyle style(SXSSFWorkbook workbook, int index) {
        while (workbook.getNumCellStyles() <= index) {
            workbook.createCellStyle();
        }
        return workbook.getCellStyleAt(index);
    }

    /**
     * What a reader takes from a row's XML: each element with its attributes in order and its text, numbers as
     * numbers; how the XML is spelled (empty elements, line breaks between elements, "41" or "41.0") aside.
     */
    private static String read(String xml) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader("<sheetData>" + xml + "</sheetData>")));
        StringBuilder out = new StringBuilder();
        describe(document.getDocumentElement(), out);
        return out.toString();
    }

    private static void describe(Element element, StringBuilder out) {
        out.append('<').append(element.getTagName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            out.append(' ').append(attributes.item(i).getNodeName()).append('=').append(attributes.item(i).getNodeValue());
        }
        out.append('>');
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element inner) {
                describe(inner, out);
            } else if ("v".equals(element.getTagName())) {
                out.append(Double.parseDouble(child.getNodeValue()));
            } else if (!"row".equals(element.getTagName()) && !"sheetData".equals(element.getTagName())) {
                out.append('[').append(child.getNodeValue()).append(']');
            }
        }
        out.append("</").append(element.getTagName()).append('>');
    }

    @Provide
    Arbitrary<List<String>> texts() {
        Arbitrary<String> hostile = Arbitraries.strings().withCharRange('\u0000', '\u00ff')
                .withChars('\u2192', '\ud83d', '\ude80', '\ufffe', '\uffff', '\u00a0', '\u65e5').ofMaxLength(40);
        Arbitrary<String> spaced = hostile.map(text -> " " + text + "\t");
        return Arbitraries.oneOf(hostile, spaced, Arbitraries.of("", "=SUM(A1)", "a\r\nb", "<&>\"'"))
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 300)
    void writesEveryCellAsPoiDoes(@ForAll("texts") List<String> texts) throws Exception {
        assertThat(read(streamed(41, 0, texts, new SharedTexts()))).isEqualTo(read(pois(41, 0, texts, true)));
    }

    @Property(tries = 300)
    void theSharedStringsHoldEachTextAsPoiWritesItInACell(@ForAll("texts") List<String> texts) throws Exception {
        SharedTexts shared = new SharedTexts();
        streamed(41, 0, texts, shared);
        assertThat(sharedStrings(shared)).isEqualTo(inlineTexts(pois(41, 0, texts, false)));
    }

    @Test
    void aTextRepeatedInARowIsSharedOnce() throws Exception {
        SharedTexts shared = new SharedTexts();
        String row = streamed(3, 0, List.of("DMZ", "Internal", "DMZ", "", "=1+1", "Internal"), shared);
        assertThat(shared.size()).isEqualTo(3);
        assertThat(read(row)).isEqualTo(read(pois(3, 0, List.of("DMZ", "Internal", "DMZ", "", "=1+1", "Internal"), true)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        shared.write(bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("count=\"5\" uniqueCount=\"3\"");
    }

    @Test
    void aTallRowKeepsItsHeight() throws Exception {
        List<String> texts = List.of("first line\nsecond line", "");
        assertThat(read(streamed(7, 45.5f, texts, new SharedTexts()))).isEqualTo(read(pois(7, 45.5f, texts, true)));
    }

    @Test
    void columnsPastZAreNamedAsASpreadsheetNamesThem() {
        assertThat(new String(RowXml.columnName(0), StandardCharsets.US_ASCII)).isEqualTo("A");
        assertThat(new String(RowXml.columnName(25), StandardCharsets.US_ASCII)).isEqualTo("Z");
        assertThat(new String(RowXml.columnName(26), StandardCharsets.US_ASCII)).isEqualTo("AA");
        assertThat(new String(RowXml.columnName(701), StandardCharsets.US_ASCII)).isEqualTo("ZZ");
        assertThat(new String(RowXml.columnName(702), StandardCharsets.US_ASCII)).isEqualTo("AAA");
    }
}
