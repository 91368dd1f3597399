package io.portolan.io;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real, small disk (a tmpfs) mounted for a test, so that a write runs out of room as it does on a full disk. Only
 * where the test may mount one (root on Linux); elsewhere the test is skipped.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    /**
     * Mounts a disk of the size given ({@code 64k}) on a new folder of that name under the parent.
     *
     * @throws org.opentest4j.TestAbortedException when no disk can be mounted here
     */
    public static SmallDisk mount(Path parent, String size) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name", "").startsWith("Linux") && "root".equals(System.getProperty("user.name")),
                "mounting a small disk needs root on Linux");
        Path folder = Files.createDirectory(parent.resolve("disk-" + size));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString())
                .redirectErrorStream(true).start();
        boolean done = mount.waitFor(30, TimeUnit.SECONDS);
        assumeTrue(done && mount.exitValue() == 0, "mount refused a tmpfs here");
        return new SmallDisk(folder);
    }

    /** The folder the disk is mounted on. */
    public Path folder() {
        return folder;
    }

    /** Unmounts the disk, and what is on it goes. */
    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("umount", "-l", folder.toString()).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    }
}
