package io.portolan.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file beside the
 * target, which then replaces the target in one move. When anything fails the temporary file is removed
 * and the previous file stays whole.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** What a cancelled write says. */
    private static final String CANCELLED = "the write was cancelled; nothing was written";

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
        write(target, writer, Cancellation.none());
    }

    /**
     * Writes the file whole or not at all, unless the write is cancelled first: then nothing is written and no
     * temporary file is left.
     *
     * @throws OutputFileException naming the file when it is read-only, locked, or cannot be written, or the write was
     *     cancelled ({@link Cancellation#isCancelled()} then says so)
     */
    public static void write(Path target, Writer writer, Cancellation cancellation) throws OutputFileException {
        try (Staged staged = stage(List.of(new Output(target, writer)), cancellation)) {
            staged.commit();
        }
    }

    /**
     * A file to write and what goes into it.
     *
     * @param target the file as the user named it
     * @param writer what writes its content
     */
    public record Output(Path target, Writer writer) {
        public Output {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(writer, "writer");
        }
    }

    /**
     * Writes every file to a temporary file beside it, each complete and on disk, without touching the targets; they
     * are put in place by {@link Staged#commit()}, and whatever is not committed is removed by {@link Staged#close()}.
     * Every target is checked before any is written.
     *
     * @throws OutputFileException naming the file that cannot be written, or the first one when the write was cancelled;
     *     no temporary file is left
     */
    public static Staged stage(List<Output> outputs, Cancellation cancellation) throws OutputFileException {
        for (Output output : outputs) {
            checkTarget(output.target());
        }
        Staged staged = new Staged(cancellation);
        try {
            for (Output output : outputs) {
                staged.add(output);
            }
            return staged;
        } catch (OutputFileException | RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /**
     * Files written to temporaries, waiting to be put in place together. Closing it removes the temporaries that were
     * not put in place, so that a failed or cancelled write leaves nothing behind.
     */
    public static final class Staged implements AutoCloseable {

        private final Cancellation cancellation;
        private final List<Path> given = new ArrayList<>();
        private final List<Path> targets = new ArrayList<>();
        private final List<Path> temporaries = new ArrayList<>();

        private Staged(Cancellation cancellation) {
            this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
        }

        private void add(Output output) throws OutputFileException {
            Path target = output.target();
            Path absolute = target.toAbsolutePath();
            Path temporary = null;
            try {
                absolute = throughLinks(absolute);
                Path folder = absolute.getParent();
                removeStaleTemporaries(folder, absolute.getFileName().toString());
                temporary = createTemporary(folder, absolute.getFileName().toString());
                given.add(target);
                targets.add(absolute);
                temporaries.add(temporary);
                keepPermissions(absolute, temporary);
                fill(temporary, output.writer(), cancellation);
            } catch (IOException e) {
                throw failure(target, absolute, e, cancellation);
            }
        }

        /**
         * Puts every file in place, in the order given. Each move replaces one file in one step; a process killed
         * between two moves leaves the files before it new and the others as they were.
         *
         * @throws OutputFileException when the write was cancelled (nothing is replaced) or a move failed (naming the
         *     file; the files before it are replaced)
         */
        public void commit() throws OutputFileException {
            if (targets.isEmpty()) {
                return;
            }
            try {
                cancellation.commit();
            } catch (InterruptedIOException e) {
                throw new OutputFileException(given.get(0), CANCELLED);
            }
            while (!targets.isEmpty()) {
                try {
                    move(temporaries.get(0), targets.get(0));
                } catch (IOException e) {
                    throw failure(given.get(0), targets.get(0), e, Cancellation.none());
                }
                given.remove(0);
                targets.remove(0);
                temporaries.remove(0);
            }
        }

        /** Removes the temporary files not put in place. */
        @Override
        public void close() {
            for (Path temporary : temporaries) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the write already failed; the leftover temporary file is hidden, and the next write removes it
                }
            }
            given.clear();
            targets.clear();
            temporaries.clear();
        }
    }

    /** Writes the content into the temporary file and forces it to the disk. */
    private static void fill(Path temporary, Writer writer, Cancellation cancellation) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = new CheckedStream(Channels.newOutputStream(channel), cancellation)) {
            cancellation.check();
            writer.writeTo(out);
            out.flush();
            cancellation.check();
            channel.force(true);
        }
    }

    /** The exception a failed write of the target gives, in words a user understands. */
    private static OutputFileException failure(Path target, Path absolute, IOException e, Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            return new OutputFileException(target, CANCELLED);
        }
        if (e instanceof AccessDeniedException) {
            return new OutputFileException(target, "access was denied (is it open in another program, or is the folder read-only?)");
        }
        String full = fullDisk(absolute.getParent(), e);
        return new OutputFileException(target, full != null ? full : describe(e));
    }

    /**
     * {@code the disk is full} when the write failed for want of room, else null. Many writers report a full disk only
     * as a broken stream ("This archive contains unclosed entries"), so the free space of the folder's disk is looked
     * at, and the system's words anywhere in the chain of causes.
     *
     * @param folder the folder written to
     */
    static String fullDisk(Path folder, Throwable e) {
        return diskFull(folder) || saysNoSpace(e, 0) ? "the disk is full" : null;
    }

    /** True when the error or one of its causes or suppressed errors is the system's "no space left". */
    private static boolean saysNoSpace(Throwable e, int depth) {
        if (e == null || depth > 8) {
            return false;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("no space left on device") || message.contains("not enough space on the disk")
                || message.contains("disk quota exceeded")) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (saysNoSpace(suppressed, depth + 1)) {
                return true;
            }
        }
        return e.getCause() != e && saysNoSpace(e.getCause(), depth + 1);
    }

    /** A stream that stops the write, between two pieces of it, once it is cancelled. */
    private static final class CheckedStream extends FilterOutputStream {
        private final Cancellation cancellation;

        CheckedStream(OutputStream out, Cancellation cancellation) {
            super(out);
            this.cancellation = cancellation;
        }

        @Override
        public void write(int b) throws IOException {
            cancellation.check();
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            cancellation.check();
            out.write(bytes, offset, length);
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
     * Removes this target's temporary files and folders that an earlier write left when its process was killed: hidden,
     * named after the target ({@code .NAME.HEX.tmp}, and a replaced folder's {@code .NAME.HEX.old} once the target is
     * back in place), and older than an hour, so that a write still running elsewhere keeps its own.
     */
    static void removeStaleTemporaries(Path folder, String name) {
        String prefix = "." + name + ".";
        boolean targetInPlace = Files.exists(folder.resolve(name));
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, path -> {
            String file = path.getFileName().toString();
            boolean old = file.endsWith(".old") && targetInPlace;
            return file.startsWith(prefix) && (file.endsWith(".tmp") || old)
                    && file.substring(prefix.length(), file.length() - 4).matches("[0-9a-f]{1,16}");
        })) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover, LinkOption.NOFOLLOW_LINKS).toMillis() < hourAgo) {
                    if (Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
                        AtomicFolder.deleteQuietly(leftover);
                    } else {
                        Files.deleteIfExists(leftover);
                    }
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
