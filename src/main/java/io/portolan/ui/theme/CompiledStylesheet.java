package io.portolan.ui.theme;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.CRC32C;
import javafx.css.Stylesheet;

/**
 * Portolan's style sheet in JavaFX's binary form, made when Portolan is built, so that a start reads it instead of
 * parsing {@value Styles#STYLESHEET} (about 80 ms of a cold start against 15; decision record 0023). The binary is
 * named after the CRC-32C of the text it was made from ({@code portolan-1a2b3c4d.bss}), so a binary left from an
 * earlier text (a sheet edited and run without the build) is never used: the text is parsed as before.
 */
public final class CompiledStylesheet {

    private static final String PREFIX = "portolan-";
    private static final String SUFFIX = ".bss";

    private CompiledStylesheet() {
    }

    /** The style sheet to give a scene: the binary made from the text on the class path, or else the text itself. */
    public static String url() {
        URL text = CompiledStylesheet.class.getResource(Styles.STYLESHEET);
        if (text == null) {
            throw new IllegalStateException("the style sheet " + Styles.STYLESHEET + " is missing from the class path");
        }
        URL binary = CompiledStylesheet.class.getResource(folder() + name(crc(text)));
        return (binary == null ? text : binary).toExternalForm();
    }

    /**
     * Writes the binary of {@code portolan.css} beside it and removes binaries of earlier texts; run by the build on the
     * folder of the built style sheet ({@code target/classes/io/portolan/ui}).
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Path text = folder.resolve(Styles.STYLESHEET.substring(Styles.STYLESHEET.lastIndexOf('/') + 1));
        String name = name(crc(text.toUri().toURL()));
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path binary : earlier) {
                if (!binary.getFileName().toString().equals(name)) {
                    Files.delete(binary);
                }
            }
        }
        File binary = folder.resolve(name).toFile();
        Stylesheet.convertToBinary(text.toFile(), binary);
        System.out.println("stylesheet: " + binary + " made from " + text);
    }

    /** The name of the binary made from a text with the CRC. */
    static String name(long crc) {
        return PREFIX + String.format(Locale.ROOT, "%08x", crc) + SUFFIX;
    }

    private static String folder() {
        return Styles.STYLESHEET.substring(0, Styles.STYLESHEET.lastIndexOf('/') + 1);
    }

    /** The CRC-32C of the text at the URL. */
    static long crc(URL text) {
        try (InputStream in = text.openStream()) {
            CRC32C crc = new CRC32C();
            crc.update(in.readAllBytes());
            return crc.getValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the style sheet " + text, e);
        }
    }
}
