package io.portolan.io.recovery;

import java.time.Instant;
import java.util.Optional;

/**
 * The process that writes a recovery file: its id and when it started, so that a process that later gets the same id
 * (after a restart, in a container) is not taken for the owner.
 *
 * @param pid the process id
 * @param started when the process started, or null where the system does not say
 */
public record Owner(long pid, Instant started) {

    /** This process. */
    public static Owner current() {
        ProcessHandle self = ProcessHandle.current();
        return new Owner(self.pid(), self.info().startInstant().orElse(null));
    }

    /** True while the process runs: a process with the id exists and, where both are known, started when the owner did. */
    public boolean alive() {
        if (pid <= 0) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> start = process.get().info().startInstant();
        return started == null || start.isEmpty() || start.get().equals(started);
    }
}
