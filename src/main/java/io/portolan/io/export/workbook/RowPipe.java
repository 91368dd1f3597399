package io.portolan.io.export.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes a sheet's rows on a thread of their own while the caller compresses what they give: making the XML and
 * deflating it into the workbook take about as long as each other, so on two cores a large request is written in
 * little more than the time of the slower one. The bytes are those {@link RowXml} writes on one thread, in order.
 */
final class RowPipe {

    /** Writes the rows of one sheet. */
    @FunctionalInterface
    interface Rows {
        void write(RowXml xml) throws IOException;
    }

    private static final int CHUNKS = 8;
    private static final Chunk END = new Chunk(new byte[0], 0);

    private record Chunk(byte[] bytes, int length) {
    }

    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS + 2);
    private volatile Throwable failure;

    private RowPipe() {
    }

    /** Writes the rows to the target, the XML made on another thread; the target is left open. */
    static void copy(Rows rows, OutputStream target) throws IOException {
        new RowPipe().run(rows, target);
    }

    private void run(Rows rows, OutputStream target) throws IOException {
        Thread maker = new Thread(() -> make(rows), "portolan-workbook-rows");
        maker.setDaemon(true);
        maker.start();
        try {
            for (Chunk chunk = full.take(); chunk != END; chunk = full.take()) {
                target.write(chunk.bytes(), 0, chunk.length());
                free.offer(chunk.bytes());
            }
            maker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbook", e);
        } finally {
            // a target that failed stops the maker, which would otherwise wait for room forever
            maker.interrupt();
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    private void make(Rows rows) {
        try {
            RowXml xml = new RowXml(new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    hand(bytes, offset, length);
                }
            });
            rows.write(xml);
            xml.flush();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        } finally {
            try {
                full.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void hand(byte[] bytes, int offset, int length) {
        byte[] copy = free.poll();
        if (copy == null || copy.length < length) {
            copy = new byte[Math.max(length, 1 << 16)];
        }
        System.arraycopy(bytes, offset, copy, 0, length);
        try {
            full.put(new Chunk(copy, length));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("the workbook stopped being written", e));
        }
    }
}
