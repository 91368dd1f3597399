package io.portolan.io.export.workbook;

import io.portolan.io.export.CellText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The texts of the streamed rules rows, each written once in the workbook's shared strings part and named by its number
 * in every cell that holds it: a request of a million rows repeats the same zones, names, purposes and vendor references
 * on every row, and writing each once makes the sheets less than half as long to write and to compress. Each distinct
 * text is also measured once here, for the column widths and row heights. Texts are added on one thread, before the
 * workbook is written; the rows' writers only read them.
 */
final class SharedTexts {

    /** One distinct text of the rows: as given, its number in the shared strings, and what the layout needs of it. */
    static final class Text {
        /** The text as the row holds it, which the widths and heights are measured on. */
        final String raw;
        /** Its number in the shared strings; -1 for empty text, which is written as a blank cell. */
        final int index;
        /** True when a spreadsheet would take it for a formula, so its cell takes the quote-prefixed style. */
        final boolean formulaLike;
        /** The length of its longest line. */
        final int longestLine;
        /** True when it has a line break. */
        final boolean multiLine;

        private Text(String raw, int index, boolean formulaLike) {
            this.raw = raw;
            this.index = index;
            this.formulaLike = formulaLike;
            this.longestLine = TextLines.longestLine(raw);
            this.multiLine = raw.indexOf('\n') >= 0;
        }
    }

    private static final Text EMPTY = new Text("", -1, false);

    private final Map<String, Text> texts = new HashMap<>();
    /** The number of each text as written: two texts made fit for a cell the same way share one. */
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> written = new ArrayList<>();
    private long cells;

    /** The text, added to the shared strings the first time it is asked for; null is empty. */
    Text text(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        Text text = texts.get(raw);
        if (text == null) {
            String safe = CellText.safe(raw);
            Integer number = numbers.get(safe);
            if (number == null) {
                number = written.size();
                numbers.put(safe, number);
                written.add(safe);
            }
            text = new Text(raw, number, Cells.looksLikeFormula(safe));
            texts.put(raw, text);
        }
        return text;
    }

    /** The text, added when new, counted as held by one more cell. */
    Text use(String raw) {
        Text text = text(raw);
        if (text.index >= 0) {
            cells++;
        }
        return text;
    }

    /** The text added before; fails for one that was not, which the workbook's shared strings would lack. */
    Text added(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        Text text = texts.get(raw);
        if (text == null) {
            throw new IllegalStateException("a row's text was not added to the shared strings before the workbook was written");
        }
        return text;
    }

    /** How many distinct texts are written. */
    int size() {
        return written.size();
    }

    /** Writes the shared strings part: every text in the order it was added. */
    void write(OutputStream out) throws IOException {
        RowXml xml = new RowXml(out);
        xml.startSharedStrings(cells, written.size());
        for (String text : written) {
            xml.sharedString(text);
        }
        xml.endSharedStrings();
        xml.flush();
    }

    /** A factory of workbook parts whose shared strings part is these texts. */
    XSSFFactory factory() {
        return new Factory(this);
    }

    /** Makes the shared strings part write these texts; every other part is POI's. */
    private static final class Factory extends XSSFFactory {
        private final SharedTexts texts;

        Factory(SharedTexts texts) {
            this.texts = texts;
        }

        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new Part(texts) : super.newDocumentPart(descriptor);
        }
    }

    /** The shared strings part, written from the texts rather than from POI's table, which the streamed workbook leaves empty. */
    private static final class Part extends SharedStringsTable {
        private final SharedTexts texts;

        Part(SharedTexts texts) {
            this.texts = texts;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            if (getUniqueCount() > 0) {
                throw new IllegalStateException("POI added texts to the shared strings that the streamed rows' own would replace");
            }
            texts.write(out);
        }
    }
}
