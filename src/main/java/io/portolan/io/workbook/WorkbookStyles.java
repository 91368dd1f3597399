package io.portolan.io.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a change-request workbook, created once per workbook (a workbook holds at most
 * 64,000 styles, so rows share them).
 */
final class WorkbookStyles {

    /** The font of every cell: the spreadsheet default, named so that every reader picks the same one. */
    static final String FONT = "Calibri";
    static final short FONT_SIZE = 11;
    private static final byte[] HEADER_FILL = {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F};
    private static final byte[] FLAG_FILL = {(byte) 0xFC, (byte) 0xE4, (byte) 0xC4};
    private static final byte[] BORDER = {(byte) 0xBF, (byte) 0xBF, (byte) 0xBF};
    private static final byte[] LABEL_FILL = {(byte) 0xE8, (byte) 0xEE, (byte) 0xF5};
    private static final byte[] MUTED = {(byte) 0x80, (byte) 0x80, (byte) 0x80};

    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle number;
    final CellStyle flaggedText;
    final CellStyle flaggedWrapped;
    final CellStyle flaggedNumber;
    final CellStyle title;
    final CellStyle section;
    final CellStyle label;
    final CellStyle value;
    final CellStyle date;
    final CellStyle zero;
    final CellStyle total;
    final CellStyle note;

    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook streaming ? streaming.getXSSFWorkbook() : (XSSFWorkbook) workbook;
        XSSFFont base = xssf.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(FONT_SIZE);
        Font bold = font(false);
        bold.setBold(true);
        XSSFFont headerFont = font(false);
        headerFont.setBold(true);
        headerFont.setColor(IndexedColors.WHITE.getIndex());
        Font titleFont = font(false);
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        Font sectionFont = font(false);
        sectionFont.setBold(true);
        sectionFont.setFontHeightInPoints((short) 12);
        XSSFFont mutedFont = font(false);
        mutedFont.setColor(new XSSFColor(MUTED, null));
        Font italic = font(true);

        header = bordered();
        header.setFont(headerFont);
        fill(header, HEADER_FILL);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = bordered();
        wrapped = bordered();
        wrapped.setWrapText(true);
        number = bordered();
        number.setAlignment(HorizontalAlignment.RIGHT);
        flaggedText = flagged(text);
        flaggedWrapped = flagged(wrapped);
        flaggedNumber = flagged(number);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        section = workbook.createCellStyle();
        section.setFont(sectionFont);
        section.setBorderBottom(BorderStyle.MEDIUM);
        label = bordered();
        label.setFont(bold);
        fill(label, LABEL_FILL);
        value = bordered();
        value.setWrapText(true);
        date = bordered();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setAlignment(HorizontalAlignment.LEFT);
        zero = bordered();
        zero.setFont(mutedFont);
        zero.setAlignment(HorizontalAlignment.RIGHT);
        total = bordered();
        total.setFont(bold);
        total.setAlignment(HorizontalAlignment.RIGHT);
        note = workbook.createCellStyle();
        note.setFont(italic);
    }

    /**
     * The style to write a text cell with: the given one, or for text a spreadsheet would take for a
     * formula its twin with the quote prefix, so that editing the cell keeps it text.
     */
    CellStyle forText(CellStyle base, String text) {
        if (!Cells.looksLikeFormula(text)) {
            return base;
        }
        return quoted.computeIfAbsent(base, b -> {
            CellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(b);
            twin.setQuotePrefixed(true);
            return twin;
        });
    }

    private XSSFFont font(boolean italic) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(FONT_SIZE);
        font.setItalic(italic);
        return font;
    }

    private CellStyle bordered() {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        XSSFColor border = new XSSFColor(BORDER, null);
        style.setTopBorderColor(border);
        style.setBottomBorderColor(border);
        style.setLeftBorderColor(border);
        style.setRightBorderColor(border);
        return style;
    }

    private CellStyle flagged(CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        fill(style, FLAG_FILL);
        return style;
    }

    private static void fill(CellStyle style, byte[] rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
