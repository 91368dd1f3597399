package io.portolan.io.export.workbook;

import io.portolan.io.Cancellation;
import io.portolan.io.export.CellText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
        super(preparedWorkbook(), ROW_WINDOW, false, false);
        this.cancellation = cancellation;
        this.entryTime = date.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        this.level = level;
        POIXMLProperties.CoreProperties core = getXSSFWorkbook().getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant())));
        core.setCreator("Portolan");
        core.setTitle(title == null || title.isBlank() ? "Firewall change request" : CellText.safe(title));
        core.setSubjectProperty("Firewall change request");
    }

    /** The workbook the streaming one wraps, made once POI writes its temporary files where Portolan cleans them. */
    private static XSSFWorkbook preparedWorkbook() {
        PoiTemporaryFiles.prepare();
        return new XSSFWorkbook();
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
