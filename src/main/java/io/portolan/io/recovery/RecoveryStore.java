package io.portolan.io.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The folder of recovery files under the user's data folder: one file per window with unsaved changes
 * ({@code design-HEX.json}), each with a lock file ({@code design-HEX.lock}) its process holds while it runs. A file is
 * offered for recovery only when its owner process is gone (by process id and start time) and its lock can be taken,
 * so a running window's file is never offered, and two processes never offer or write the same one.
 *
 * <p>One store serves every window of a process: it remembers the locks it holds, since on most systems a process that
 * opens a second channel on a file it has locked loses the lock when that channel closes.
 */
public final class RecoveryStore {

    /** The folder's name under the user's data folder. */
    public static final String FOLDER = "recovery";
    private static final String RECORD = ".json";
    private static final String LOCK = ".lock";
    private static final long MAX_BYTES = 256L << 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final Owner owner;
    private final Set<Path> held = new HashSet<>();

    /** The store of this process in the folder. */
    public RecoveryStore(Path folder) {
        this(folder, Owner.current());
    }

    /** A store whose files name the given owner; tests stand in for another process with it. */
    public RecoveryStore(Path folder, Owner owner) {
        this.folder = folder.toAbsolutePath().normalize();
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** The store under a user's data folder: {@code DATA/recovery}. */
    public static RecoveryStore inDataFolder(Path dataFolder) {
        return new RecoveryStore(dataFolder.resolve(FOLDER));
    }

    /** The folder the recovery files are in. */
    public Path folder() {
        return folder;
    }

    /**
     * A new slot for one window, locked for this process; its recovery file is written on the first write.
     *
     * @throws IOException when the folder cannot be made or the lock file cannot be created
     */
    public synchronized RecoverySlot newSlot() throws IOException {
        Files.createDirectories(folder);
        for (int attempt = 0; ; attempt++) {
            String id = "design-" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
            Path lockFile = folder.resolve(id + LOCK);
            try {
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Optional<RecoverySlot> slot = lock(channel, folder.resolve(id + RECORD), lockFile);
                if (slot.isPresent()) {
                    return slot.get();
                }
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * The designs that windows of processes no longer running left unsaved, most recently changed first. Each is
     * locked for this process until it is recovered, discarded or left for later; a file that cannot be read is still
     * offered, by its file name, so that it can be discarded.
     */
    public synchronized List<RecoveryFile> recoverable() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<RecoveryFile> found = new ArrayList<>();
        try (DirectoryStream<Path> records = Files.newDirectoryStream(folder, "*" + RECORD)) {
            for (Path record : records) {
                offer(record).ifPresent(found::add);
            }
        } catch (IOException | UncheckedIOException e) {
            // a folder that cannot be listed offers nothing; autosave reports its own trouble with it
        }
        removeOrphanLocks();
        removeStaleTemporaries();
        found.sort(Comparator.comparing((RecoveryFile f) -> f.lastChanged().orElse(Instant.MIN)).reversed());
        return found;
    }

    /** The record as a recovery file, when its owner is gone and its lock can be taken. */
    private Optional<RecoveryFile> offer(Path record) throws IOException {
        String name = record.getFileName().toString();
        Path lockFile = folder.resolve(name.substring(0, name.length() - RECORD.length()) + LOCK);
        Optional<RecoveryFormat.Header> before = header(record);
        if (held.contains(lockFile) || before.isEmpty() || before.get().owner().alive()) {
            return Optional.empty();
        }
        Optional<RecoverySlot> slot = lock(FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                record, lockFile);
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        // read again under the lock: a process may have taken the file over since
        Optional<RecoveryFormat.Header> header = header(record);
        if (header.isEmpty() || header.get().owner().alive()) {
            slot.get().close();
            return Optional.empty();
        }
        return Optional.of(new RecoveryFile(slot.get(), header.get()));
    }

    /** The file's header; one that is not a recovery file is offered by its name; empty when it is gone. */
    private static Optional<RecoveryFormat.Header> header(Path record) {
        try {
            if (Files.size(record) > MAX_BYTES) {
                return Optional.of(damaged());
            }
            return Optional.of(RecoveryFormat.read(Files.readString(record, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException | IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.of(damaged());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static RecoveryFormat.Header damaged() {
        return new RecoveryFormat.Header(new Owner(-1, null), "", null, null, 0, null);
    }

    /** Takes the lock of the channel's file for a slot; the channel is closed when another process holds it. */
    private Optional<RecoverySlot> lock(FileChannel channel, Path record, Path lockFile) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        held.add(lockFile);
        return Optional.of(new RecoverySlot(record, lockFile, channel, lock, owner, () -> release(lockFile)));
    }

    private synchronized void release(Path lockFile) {
        held.remove(lockFile);
    }

    /** Lock files whose recovery file is gone and whose process let go of them. */
    private void removeOrphanLocks() {
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(folder, "*" + LOCK)) {
            for (Path lockFile : locks) {
                String name = lockFile.getFileName().toString();
                Path record = folder.resolve(name.substring(0, name.length() - LOCK.length()) + RECORD);
                if (!held.contains(lockFile) && !Files.exists(record)) {
                    try {
                        lock(FileChannel.open(lockFile, StandardOpenOption.WRITE), record, lockFile).ifPresent(RecoveryStore::closeQuietly);
                    } catch (IOException e) {
                        // removed meanwhile, or not ours to open: left for a later start
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a lock file left now is removed at a later start
        }
    }

    /** The temporary files of writes that a killed process left half done ({@code .design-HEX.json.HEX.tmp}), an hour on. */
    private void removeStaleTemporaries() {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, ".design-*" + RECORD + ".*.tmp")) {
            for (Path leftover : leftovers) {
                if (Files.getLastModifiedTime(leftover).toMillis() < hourAgo) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // what cannot be removed now is removed at a later start
        }
    }

    private static void closeQuietly(RecoverySlot slot) {
        try {
            slot.close();
        } catch (IOException e) {
            // the lock file stays; it is removed at a later start
        }
    }
}
