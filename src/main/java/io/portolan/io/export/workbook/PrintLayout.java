package io.portolan.io.export.workbook;

import io.portolan.io.export.CellText;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How the sheets print, on the paper chosen: as large as fits, never with text under {@value PageColumns#MIN_TEXT_POINTS}
 * points. A table too wide for that on one page goes across several, broken between columns, with its first columns and
 * its header row on every page; every page has the sheet's name, the change reference and its number.
 */
final class PrintLayout {

    private static final int MAX_HEADER_TEXT = 80;
    private static final double SIDE_MARGIN = 0.4;
    private static final double POINTS_PER_INCH = 72;
    /**
     * The width of a column unit (a digit of the sheets' font, Calibri 11) in points: Excel rounds it to 7 pixels, 5.25
     * points; LibreOffice takes the font's own 5.58. The larger, so that the columns of a page fit in both.
     */
    static final double POINTS_PER_CHARACTER = 5.6;

    private final PaperSize paper;

    PrintLayout(PaperSize paper) {
        this.paper = paper;
    }

    /**
     * Sets up a table's sheet for printing.
     *
     * @param columns how many columns the table has (their widths are already set)
     * @param landscape true for wide tables
     * @param repeatFirstRow true to print the header row at the top of every page
     * @param repeatedColumns how many leading columns to print again on each page when the table goes across pages
     * @param caption what the page header says on the left (user text: ampersands are escaped)
     * @param reference what the page header says on the right, such as the change reference
     */
    void table(Sheet sheet, int columns, boolean landscape, boolean repeatFirstRow, int repeatedColumns, String caption,
               String reference) {
        common(sheet, landscape, caption, reference);
        double[] widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = sheet.getColumnWidth(c) / 256.0 * POINTS_PER_CHARACTER;
        }
        double room = (landscape ? paper.height() : paper.width()) - 2 * SIDE_MARGIN * POINTS_PER_INCH;
        PageColumns pages = PageColumns.of(widths, room, repeatedColumns, WorkbookStyles.FONT_SIZE);
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale((short) pages.scale());
        pages.breaks().forEach(sheet::setColumnBreak);
        if (repeatFirstRow) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
        if (!pages.breaks().isEmpty() && repeatedColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, repeatedColumns - 1));
        }
    }

    /** Sets up a sheet that holds a picture: fitted to one page, landscape. */
    void picture(Sheet sheet, String caption, String reference) {
        common(sheet, true, caption, reference);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    private void common(Sheet sheet, boolean landscape, String caption, String reference) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(paper.code());
        print.setLandscape(landscape);
        sheet.setAutobreaks(true);
        sheet.setPrintGridlines(false);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.25);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        sheet.getHeader().setLeft(headerText(caption));
        sheet.getHeader().setRight(headerText(reference));
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight("Page &P of &N");
    }

    /** User text made safe for a page header: {@code &} starts a code there, so it is doubled. */
    static String headerText(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = CellText.safe(text).strip().replaceAll("\\s+", " ");
        if (line.length() > MAX_HEADER_TEXT) {
            line = SheetNames.cut(line, MAX_HEADER_TEXT - 1) + "\u2026";
        }
        return line.replace("&", "&&");
    }
}
