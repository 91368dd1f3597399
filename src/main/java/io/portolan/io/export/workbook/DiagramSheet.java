package io.portolan.io.export.workbook;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The diagram as a picture at its own size, printed on one page. */
final class DiagramSheet {

    static final String NAME = "Diagram";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private DiagramSheet() {
    }

    /** Writes the picture below a one-line caption. */
    static void write(SXSSFWorkbook workbook, SXSSFSheet sheet, WorkbookStyles styles, PrintLayout print, byte[] png, String reference) {
        Row caption = sheet.createRow(0);
        caption.setHeightInPoints(24f);
        Cells.text(caption, 0, "Diagram", styles.title, styles);
        int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(0);
        anchor.setRow1(2);
        anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
        Picture picture = drawing.createPicture(anchor, index);
        picture.resize();
        print.picture(sheet, NAME, reference);
    }

    /** True when the bytes start with the PNG signature. */
    static boolean isPng(byte[] bytes) {
        if (bytes.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (bytes[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
