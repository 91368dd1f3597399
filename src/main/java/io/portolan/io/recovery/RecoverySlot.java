package io.portolan.io.recovery;

import io.portolan.io.AtomicFiles;
import io.portolan.io.OutputFileException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One window's recovery file, and the lock that says a live process owns it. The lock is held from the slot's
 * creation until it is closed; the operating system releases it when the process dies, however it dies, which is
 * what lets the next start tell a crashed window's file from a running one's.
 */
public final class RecoverySlot implements AutoCloseable {

    private final Path file;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Owner owner;
    private final Runnable onClose;

    /**
     * @param onClose what the store does when the slot lets go of its lock
     */
    RecoverySlot(Path file, Path lockFile, FileChannel channel, FileLock lock, Owner owner, Runnable onClose) {
        this.file = file;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.owner = owner;
        this.onClose = onClose;
    }

    /** The recovery file; it exists once something was written and until it is deleted. */
    public Path file() {
        return file;
    }

    /**
     * Writes the record, whole or not at all, in place of the one before.
     *
     * @throws OutputFileException naming the recovery file when it cannot be written
     */
    public void write(RecoveryRecord record) throws OutputFileException {
        if (!lock.isValid()) {
            throw new OutputFileException(file, "the recovery slot was closed");
        }
        byte[] bytes = RecoveryFormat.write(record, owner);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Removes the recovery file, when the design was saved or its changes given up; the slot stays this window's. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Lets go of the slot: the lock is released, and the lock file removed when there is no recovery file. A recovery
     * file that is still there is offered at the next start.
     */
    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            if (!Files.exists(file)) {
                Files.deleteIfExists(lockFile);
            }
        } finally {
            channel.close();
            onClose.run();
        }
    }
}
