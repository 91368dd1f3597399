package io.portolan.io.export.workbook;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
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
    /** A disk with less room than this left is full: the write that failed needed more. */
    private static final long FULL_BYTES = 256 * 1024L;

    /** The folder POI writes to, or null when it was left as it was. */
    private static volatile Path current;

    private PoiTemporaryFiles() {
    }

    /** The temporary folder Portolan's folder is made in; null for the system's. */
    private static volatile Path root;

    /** Points POI at Portolan's folder and removes the stale files there; safe to call before every export. */
    static synchronized void prepare() {
        prepare(root == null ? Path.of(System.getProperty("java.io.tmpdir")) : root);
    }

    /** Makes Portolan's folder under the temporary folder given from now on (a test's small disk), or the system's (null). */
    static synchronized void useTemporaryFolder(Path temporaryRoot) {
        root = temporaryRoot;
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
        current = null;
        try {
            if (!ownFolder(folder)) {
                return null;
            }
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(folder.toFile()));
        current = folder;
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

    /**
     * What to report when writing a workbook failed: that the disk of the temporary folder is full, when it is (POI
     * reports that only as a part it could not save, or an archive with unclosed entries); else the error itself. Ask
     * before the workbook is closed, since closing it deletes its temporary files and frees their room.
     *
     * @throws RuntimeException the error itself when it is not one of writing (a fault of Portolan's, not of the disk)
     */
    static IOException explain(Exception e) {
        if (e instanceof RuntimeException fault && !(fault instanceof POIXMLException || fault instanceof OpenXML4JRuntimeException
                || fault.getCause() instanceof IOException)) {
            throw fault;
        }
        Path folder = current == null ? Path.of(System.getProperty("java.io.tmpdir")) : current;
        try {
            if (Files.getFileStore(folder).getUsableSpace() < FULL_BYTES) {
                return new IOException("the disk of the temporary folder " + folder.getParent() + " is full", e);
            }
        } catch (IOException | RuntimeException unknown) {
            // a folder that cannot be asked says nothing about the failure
        }
        return e instanceof IOException io ? io : new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
}
