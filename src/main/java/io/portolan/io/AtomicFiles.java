package io.portolan.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file beside the
 * target, which then replaces the target in one move. When anything fails the temporary file is removed
 * and the previous file stays whole.
 */
public final class AtomicFiles {

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
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
