package io.portolan.io.export.workbook;

import io.portolan.io.Cancellation;
import io.portolan.io.export.CellText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * A streaming workbook whose file depends only on its content: the creation date and every zip entry's
 * time are the request date, so the same design exported twice gives the same bytes. Rows beyond a small
 * window go to temporary files, so memory stays flat however many rules there are.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet before they are flushed to the sheet's temporary file. */
    private static final int ROW_WINDOW = 200;

    private final long entryTime;
    private final int level;
    private final Cancellation cancellation;
    private final SharedTexts texts;
    /** The sheets whose data rows are written straight into the file when it is written, with how many rows and columns. */
    private final Map<SXSSFSheet, StreamedRows> streamed = new IdentityHashMap<>();

    /** Data rows that {@link RowPipe} writes after the rows the sheet holds (its header). */
    private record StreamedRows(int lastRow, int columns, RowPipe.Rows rows) {
    }

    /**
     * A workbook dated at the start of the given day.
     *
     * @param level the deflate level of the file, {@link Deflater#BEST_SPEED} to {@link Deflater#BEST_COMPRESSION}
     */
    StreamingWorkbook(LocalDate date, String title, int level) {
        this(date, title, level, Cancellation.none());
    }

    /**
     * A workbook dated at the start of the given day, whose rows stop being written once the write is cancelled.
     *
     * @param level the deflate level of the file, {@link Deflater#BEST_SPEED} to {@link Deflater#BEST_COMPRESSION}
     */
    StreamingWorkbook(LocalDate date, String title, int level, Cancellation cancellation) {
        this(new SharedTexts(), date, title, level, cancellation);
    }

    private StreamingWorkbook(SharedTexts texts, LocalDate date, String title, int level, Cancellation cancellation) {
        super(preparedWorkbook(texts), ROW_WINDOW, false, false);
        this.texts = texts;
        this.cancellation = cancellation;
        this.entryTime = date.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        this.level = level;
        POIXMLProperties.CoreProperties core = getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant())));
        core.setCreator("Portolan");
        core.setTitle(title == null || title.isBlank() ? "Firewall change request" : CellText.safe(title));
        core.setSubjectProperty("Firewall change request");
    }

    /**
     * The workbook the streaming one wraps, made once POI writes its temporary files where Portolan cleans them, with
     * the texts as its shared strings.
     */
    private static XSSFWorkbook preparedWorkbook(SharedTexts texts) {
        PoiTemporaryFiles.prepare();
        return new XSSFWorkbook(texts.factory());
    }

    /** The shared strings of the streamed rows: every text they hold must be added before the workbook is written. */
    SharedTexts texts() {
        return texts;
    }

    /**
     * Writes the sheet's data rows when the workbook is written, after the rows created through POI, without holding
     * them as POI rows and cells or passing them through a temporary file: the Rules sheets of a large request hold
     * hundreds of thousands of rows.
     *
     * @param lastRow the number of the last row the writer writes (1 for the first row of the sheet)
     * @param columns how many columns the rows fill, for the sheet's dimension
     */
    void streamRows(SXSSFSheet sheet, int lastRow, int columns, RowPipe.Rows rows) {
        streamed.put(sheet, new StreamedRows(lastRow, columns, rows));
    }

    @Override
    protected void flushSheets() throws IOException {
        super.flushSheets();
        // POI works the dimension out from the rows it holds; the streamed rows come after them
        streamed.forEach((sheet, rows) -> {
            CTWorksheet worksheet = xssfSheetOf(sheet).getCTWorksheet();
            String ref = "A1:" + new String(RowXml.columnName(Math.max(0, rows.columns() - 1)), StandardCharsets.US_ASCII)
                    + Math.max(1, rows.lastRow());
            (worksheet.isSetDimension() ? worksheet.getDimension() : worksheet.addNewDimension()).setRef(ref);
        });
    }

    @Override
    protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
        ISheetInjector held = super.createSheetInjector(sheet);
        StreamedRows rows = streamed.get(sheet);
        if (rows == null) {
            return held;
        }
        return output -> {
            held.writeSheetData(output);
            RowPipe.copy(rows.rows(), output);
        };
    }

    /** The XSSF sheet behind a streaming one. */
    private XSSFSheet xssfSheetOf(SXSSFSheet sheet) {
        return getXSSFWorkbook().getSheetAt(getSheetIndex(sheet));
    }

    /**
     * Fails once the write is cancelled; the streamed rows ask every few hundred rows, as POI's rows do.
     *
     * @throws java.io.InterruptedIOException when the write was cancelled
     */
    void checkCancelled() throws IOException {
        cancellation.check();
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetXmlWriter(cancellation);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                entry.setTime(entryTime);
                super.putArchiveEntry(entry);
            }
        };
        // POI's default, Zip64 on every entry, pairs Zip64 extras with data descriptors, which LibreOffice cannot read
        zip.setUseZip64(Zip64Mode.AsNeeded);
        zip.setLevel(level);
        return zip;
    }
}
