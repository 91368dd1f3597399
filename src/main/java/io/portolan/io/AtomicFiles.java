package io.portolan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
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
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
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
            throw new OutputFileException(target, describe(e));
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
