package io.portolan.io.export.workbook;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where the streaming workbook keeps the rows it has flushed: a folder of Portolan's own under the system's
 * temporary folder, instead of POI's shared {@code poifiles}, so that the files a killed export left there can be
 * told apart from another program's and removed at the next export.
 */
final class PoiTemporaryFiles {

    /** A leftover older than this belongs to no export still running. */
    private static final long STALE_MILLIS = 6 * 3_600_000L;

    private PoiTemporaryFiles() {
    }

    /** Points POI at Portolan's folder and removes the stale files there; safe to call before every export. */
    static synchronized void prepare() {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "portolan-poi");
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        if (!Files.isDirectory(folder)) {
            return;
        }
        long staleBefore = System.currentTimeMillis() - STALE_MILLIS;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "poi-*")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toMillis() < staleBefore) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // what cannot be removed now is removed by a later export
        }
    }
}
