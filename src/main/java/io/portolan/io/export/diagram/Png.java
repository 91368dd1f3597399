package io.portolan.io.export.diagram;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes a picture as PNG in memory. {@code ImageIO.write} to a stream caches the image in a file of the system's
 * temporary folder, so that a full temporary disk would fail the export with no word of the disk; here the cache is
 * the memory the picture already takes.
 */
public final class Png {

    private Png() {
    }

    /**
     * Writes the picture as PNG to the stream, which is left open.
     *
     * @throws IOException when the stream cannot be written, or no PNG writer is installed
     */
    public static void write(BufferedImage image, OutputStream out) throws IOException {
        try (ImageOutputStream cached = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", cached)) {
                throw new IOException("no PNG writer is installed");
            }
        }
    }

    /** The picture as PNG bytes. */
    public static byte[] bytes(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(image, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the diagram as PNG", e);
        }
        return out.toByteArray();
    }
}
