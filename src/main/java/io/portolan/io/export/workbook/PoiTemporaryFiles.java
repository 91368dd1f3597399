package io.portolan.io.export.workbook;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where the streaming workbook keeps the rows it has flushed: a folder of Portolan's own for each user under the
 * system's temporary folder, instead of POI's shared {@code poifiles}, so that the files a killed export left there can
 * be told apart from another program's and removed at the next export.
 */
final class PoiTemporaryFiles {

    /** A leftover older than this belongs to no export still running. */
    private static final long STALE_MILLIS = 6 * 3_600_000L;

    private PoiTemporaryFiles() {
    }

    /** Points POI at Portolan's folder and removes the stale files there; safe to call before every export. */
    static synchronized void prepare() {
        prepare(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Points POI at Portolan's folder under the temporary folder given, made if need be, and removes the stale files
     * there. POI uses a folder only when it exists (else it falls back to {@code poifiles}), so it is made first; a
     * folder that cannot be made, or that another user made, leaves POI as it was.
     *
     * @return the folder POI now writes to, or null when it was left as it was
     */
    static synchronized Path prepare(Path temporaryRoot) {
        Path folder = temporaryRoot.resolve("portolan-poi-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));
        try {
            if (!ownFolder(folder)) {
                return null;
            }
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        long staleBefore = System.currentTimeMillis() - STALE_MILLIS;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "poi-*")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis() < staleBefore) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // what cannot be removed now is removed by a later export
        }
        return folder;
    }

    /**
     * True when the folder is a folder of this user's (made now, readable by the user alone where the system has POSIX
     * permissions), not a link or another user's folder in a shared temporary folder.
     */
    private static boolean ownFolder(Path folder) throws IOException {
        boolean posix = Files.getFileStore(folder.getParent()).supportsFileAttributeView(PosixFileAttributeView.class);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Files.isWritable(folder)) {
            return false;
        }
        return !posix || Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"));
    }
}
