package io.portolan.io.export.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFamily;
import org.apache.poi.ss.usermodel.FontScheme;
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
    private final Font plain;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook streaming ? streaming.getXSSFWorkbook() : (XSSFWorkbook) workbook;
        XSSFFont base = xssf.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(FONT_SIZE);
        // without a theme part, a theme font scheme makes LibreOffice fall back to its own default font
        base.setScheme(FontScheme.NONE);
        // every style names its font, rather than relying on the default font that LibreOffice replaces with its own
        plain = font(false, false, FONT_SIZE);
        Font bold = font(true, false, FONT_SIZE);
        XSSFFont white = font(true, false, FONT_SIZE);
        white.setColor(IndexedColors.WHITE.getIndex());
        XSSFFont muted = font(false, false, FONT_SIZE);
        muted.setColor(new XSSFColor(MUTED, null));

        header = bordered(white, HorizontalAlignment.GENERAL, true);
        fill(header, HEADER_FILL);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = bordered(plain, HorizontalAlignment.GENERAL, false);
        wrapped = bordered(plain, HorizontalAlignment.GENERAL, true);
        number = bordered(plain, HorizontalAlignment.RIGHT, false);
        flaggedText = flagged(text);
        flaggedWrapped = flagged(wrapped);
        flaggedNumber = flagged(number);
        label = bordered(bold, HorizontalAlignment.GENERAL, false);
        fill(label, LABEL_FILL);
        value = bordered(plain, HorizontalAlignment.GENERAL, true);
        date = bordered(plain, HorizontalAlignment.LEFT, false);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        zero = bordered(muted, HorizontalAlignment.RIGHT, false);
        total = bordered(bold, HorizontalAlignment.RIGHT, false);
        title = unbordered(font(true, false, (short) 16));
        section = unbordered(font(true, false, (short) 12));
        section.setBorderBottom(BorderStyle.MEDIUM);
        note = unbordered(font(false, true, FONT_SIZE));
    }

    /**
     * The style to write a text cell with: the given one, or for text a spreadsheet would take for a
     * formula its twin with the quote prefix, so that editing the cell keeps it text.
     */
    CellStyle forText(CellStyle base, String text) {
        return Cells.looksLikeFormula(text) ? quoted(base) : base;
    }

    /** The style's twin with the quote prefix, made the first time it is asked for. */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base, b -> {
            CellStyle twin = workbook.createCellStyle();
            twin.cloneStyleFrom(b);
            twin.setQuotePrefixed(true);
            return twin;
        });
    }

    private XSSFFont font(boolean bold, boolean italic, short size) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontName(FONT);
        font.setFamily(FontFamily.SWISS);
        font.setFontHeightInPoints(size);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    private CellStyle unbordered(Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** A cell of a table: top-aligned, with a thin grey border. */
    private CellStyle bordered(Font font, HorizontalAlignment alignment, boolean wrap) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setWrapText(wrap);
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
