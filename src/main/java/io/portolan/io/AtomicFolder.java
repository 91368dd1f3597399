package io.portolan.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;

/**
 * Writes a folder of files so that a reader never sees half of it: everything goes into a hidden folder beside the
 * target, which then takes the target's place by renaming. When anything fails the hidden folder is removed and a
 * previous folder stays as it was. A folder that holds files is replaced only when the caller says so.
 */
public final class AtomicFolder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFolder() {
    }

    /**
     * Fills a new folder.
     *
     * @param <E> what the filling may fail with besides an I/O error
     */
    @FunctionalInterface
    public interface Filler<E extends Exception> {
        void fill(Path folder) throws IOException, E;
    }

    /**
     * Fails as {@link #write} would before it writes anything: the parent folder is missing, the target is a file, or
     * it is a folder that holds files and {@code replace} is false.
     *
     * @throws OutputFileException naming the folder and the problem
     */
    public static void checkTarget(Path target, boolean replace) throws OutputFileException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new OutputFileException(target, "its folder " + parent + " does not exist");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new OutputFileException(target, "it is a file, not a folder");
        }
        if (!replace && holdsFiles(absolute)) {
            throw new OutputFileException(target, "the folder exists and is not empty; replace it with --force, or choose another folder");
        }
    }

    /**
     * Writes the folder whole or not at all, replacing a previous one only once the new one is complete.
     *
     * @param replace true to replace a folder that holds files
     * @throws OutputFileException naming the folder when it cannot be written
     * @throws E when the filler fails on its own account; nothing is then written
     */
    public static <E extends Exception> void write(Path target, boolean replace, Filler<E> filler) throws OutputFileException, E {
        write(target, replace, filler, Cancellation.none());
    }

    /**
     * Writes the folder whole or not at all, unless the write is cancelled before the new folder takes the target's
     * place: then nothing is written and the hidden folder is removed.
     *
     * @param replace true to replace a folder that holds files
     * @throws OutputFileException naming the folder when it cannot be written, or the write was cancelled
     * @throws E when the filler fails on its own account; nothing is then written
     */
    public static <E extends Exception> void write(Path target, boolean replace, Filler<E> filler, Cancellation cancellation)
            throws OutputFileException, E {
        checkTarget(target, replace);
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path temporary = null;
        AtomicFiles.removeStaleTemporaries(parent, name);
        try {
            temporary = Files.createDirectory(parent.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp"));
            filler.fill(temporary);
            cancellation.commit();
            swap(temporary, absolute, parent.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".old"));
            temporary = null;
        } catch (AccessDeniedException e) {
            throw new OutputFileException(target, "access was denied (is the folder read-only, or a file in it open in another program?)");
        } catch (IOException e) {
            String full = AtomicFiles.fullDisk(parent, e);
            throw new OutputFileException(target, cancellation.isCancelled() ? "the write was cancelled; nothing was written"
                    : full != null ? full : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    /** Puts the new folder in place of the target; a previous target is moved aside first and deleted last. */
    private static void swap(Path fresh, Path target, Path aside) throws IOException {
        if (!Files.exists(target)) {
            move(fresh, target);
            return;
        }
        move(target, aside);
        try {
            move(fresh, target);
        } catch (IOException e) {
            move(aside, target);
            throw e;
        }
        deleteQuietly(aside);
    }

    private static boolean holdsFiles(Path folder) throws OutputFileException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return entries.iterator().hasNext();
        } catch (IOException e) {
            throw new OutputFileException(folder, "its contents cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it; what cannot be deleted is left, hidden and harmless. */
    static void deleteQuietly(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // the new folder is in place, or the write already failed; a hidden leftover does no harm
        }
    }
}
