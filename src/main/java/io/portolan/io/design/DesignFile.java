package io.portolan.io.design;

import io.portolan.catalog.Catalog;
import io.portolan.io.AtomicFiles;
import io.portolan.io.OutputFileException;
import io.portolan.model.Design;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes design files: JSON with a {@code format} and a {@code version}, keys in a fixed order
 * and one value per line, so that two revisions of a design diff cleanly. Files end in
 * {@value #EXTENSION}.
 */
public final class DesignFile {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "portolan-design";
    /**
     * The newest version this Portolan reads and writes. Version 2 added a node's management and members'
     * addresses and its settings; a design that uses none of them is written as version 1, which older
     * Portolans read too.
     */
    public static final int VERSION = 2;
    /** The file name extension of design files. */
    public static final String EXTENSION = ".portolan";
    /** The largest design file read: a design of 20,000 nodes takes a few megabytes. */
    public static final long MAX_BYTES = 64L << 20;

    private DesignFile() {
    }

    /**
     * Reads a design file and checks it against the catalog.
     *
     * @throws DesignFileException listing every problem, each with the file and the place
     */
    public static Design read(Path file, Catalog catalog) throws DesignFileException {
        String text;
        try {
            checkReadable(file);
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw single(file.toString(), "the file does not exist");
        } catch (CharacterCodingException e) {
            throw single(file.toString(), "the file is not UTF-8 text; a design file is JSON saved as UTF-8 (is this the right file?)");
        } catch (IOException e) {
            throw single(file.toString(), "cannot be read: " + e.getMessage());
        }
        return parse(text, file.toString(), catalog);
    }

    /**
     * Refuses what is not a design file before reading a byte of it: a folder, a device or a named pipe (which would
     * block or never end), or a file larger than {@link #MAX_BYTES}.
     */
    private static void checkReadable(Path file) throws DesignFileException, IOException {
        if (!Files.exists(file)) {
            throw single(file.toString(), "the file does not exist" + localeHint(file.toString()));
        }
        if (!Files.isRegularFile(file)) {
            throw single(file.toString(), Files.isDirectory(file) ? "it is a folder, not a design file"
                    : "it is not a regular file (a device or a pipe?), so it is not read: give the path of a design file");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw single(file.toString(), "the file is " + (size >> 20) + " MB, larger than a design file can be ("
                    + (MAX_BYTES >> 20) + " MB): is this the right file?");
        }
    }

    /**
     * Why a name with a letter outside ASCII may not be found: under a locale whose charset is not UTF-8
     * ({@code LC_ALL=C} on a server) Java reads such a letter in a command line as {@code ?}.
     */
    private static String localeHint(String name) {
        String charset = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (charset.equalsIgnoreCase("UTF-8") || name.chars().allMatch(c -> c < 0x80 && c != '?')) {
            return "";
        }
        return " (this system's locale reads file names as " + charset + ", so letters outside ASCII are lost: run under a "
                + "UTF-8 locale, e.g. LC_ALL=C.UTF-8, as the installed portolan command does)";
    }

    /** Reads a design from JSON text; {@code name} is what messages call the file. */
    public static Design parse(String text, String name, Catalog catalog) throws DesignFileException {
        return new DesignReader(name, catalog).read(text);
    }

    /** Writes the design to the file whole or not at all. */
    public static void write(Path file, Design design) throws OutputFileException {
        byte[] bytes = toJson(design).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The design as the JSON text of a design file, ending with a newline. */
    public static String toJson(Design design) {
        return DesignWriter.toJson(design);
    }

    private static DesignFileException single(String file, String message) {
        return new DesignFileException(List.of(new DesignFileException.Problem(file, "$", message)));
    }
}
