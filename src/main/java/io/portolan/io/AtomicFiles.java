package io.portolan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file beside the
 * target, which then replaces the target in one move. When anything fails the temporary file is removed
 * and the previous file stays whole.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** Writes content to a stream; the stream is the temporary file's. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes the file whole or not at all.
     *
     * @throws OutputFileException naming the file when it is read-only, locked, or cannot be written
     */
    public static void write(Path target, Writer writer) throws OutputFileException {
        checkTarget(target);
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            absolute = throughLinks(absolute);
            Path folder = absolute.getParent();
            removeStaleTemporaries(folder, absolute.getFileName().toString());
            temporary = createTemporary(folder, absolute.getFileName().toString());
            keepPermissions(absolute, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, absolute);
            temporary = null;
        } catch (AccessDeniedException e) {
            throw new OutputFileException(target, "access was denied (is it open in another program, or is the folder read-only?)");
        } catch (IOException e) {
            throw new OutputFileException(target, diskFull(absolute.getParent()) ? "the disk is full" : describe(e));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already failed; the leftover temporary file is hidden and harmless
                }
            }
        }
    }

    /**
     * Fails as {@link #write} would before it writes anything: the folder is missing, the target is a folder
     * or read-only. A command that writes several files checks them all first, so that it writes all or none.
     *
     * @throws OutputFileException naming the file and the problem
     */
    public static void checkTarget(Path target) throws OutputFileException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new OutputFileException(target, "its folder " + folder + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new OutputFileException(target, "it is a folder, not a file");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new OutputFileException(target, "it is read-only; the existing file was left as it was");
        }
    }

    /**
     * The file a target names: a symbolic link is followed, so that the file it points to is replaced (and the link
     * kept), rather than the link by a file and the file it pointed to left stale.
     */
    private static Path throughLinks(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
    }

    /**
     * Removes this target's temporary files that an earlier write left when its process was killed: hidden, named
     * after the target, and older than an hour, so that a write still running elsewhere keeps its own.
     */
    private static void removeStaleTemporaries(Path folder, String name) {
        String prefix = "." + name + ".";
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, path -> {
            String file = path.getFileName().toString();
            return file.startsWith(prefix) && file.endsWith(".tmp")
                    && file.substring(prefix.length(), file.length() - 4).matches("[0-9a-f]{1,16}");
        })) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).toMillis() < hourAgo) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a leftover that cannot be removed now is removed by a later write; this one goes on
        }
    }

    /** True when the folder's disk has no room left, which many writers report only as a broken stream. */
    private static boolean diskFull(Path folder) {
        try {
            return folder != null && Files.getFileStore(folder).getUsableSpace() < 64 * 1024;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A new empty file beside the target. Unlike {@code Files.createTempFile}, which makes the file readable
     * by its owner only, it gets the permissions any new file in that folder gets (the user's umask), so a
     * design saved into a shared folder stays readable by the team.
     */
    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** A file that replaces another keeps its permissions, e.g. group write for a shared design. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Why the write failed, in words: the JDK's file-system exceptions often carry only the path of the
     * temporary file, which means nothing to the user.
     */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no file can be created in its folder";
        }
        if (e instanceof FileSystemException fileSystem) {
            String reason = fileSystem.getReason();
            return reason == null ? "the file system refused the write (" + e.getClass().getSimpleName() + ")" : reason;
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
