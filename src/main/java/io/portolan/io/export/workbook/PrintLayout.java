package io.portolan.io.export.workbook;

import io.portolan.io.export.CellText;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How the sheets print: fitted to the page width, as many pages long as needed, with page numbers. */
final class PrintLayout {

    private static final int MAX_HEADER_TEXT = 80;

    private PrintLayout() {
    }

    /**
     * Sets up a sheet for printing.
     *
     * @param landscape true for wide tables
     * @param repeatFirstRow true to print the header row at the top of every page
     * @param caption what the page header says on the left (user text: ampersands are escaped)
     * @param reference what the page header says on the right, such as the change reference
     */
    static void apply(Sheet sheet, boolean landscape, boolean repeatFirstRow, String caption, String reference) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setPrintGridlines(false);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.25);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        if (repeatFirstRow) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
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
