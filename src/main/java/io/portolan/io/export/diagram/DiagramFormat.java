package io.portolan.io.export.diagram;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a picture is written in, each drawn by the same code. */
public enum DiagramFormat {
    PNG(".png"),
    SVG(".svg"),
    PDF(".pdf");

    private final String extension;

    DiagramFormat(String extension) {
        this.extension = extension;
    }

    /** The extension with its dot: {@code .svg}. */
    public String extension() {
        return extension;
    }

    /** The format a file's name asks for by its extension (any case); empty for any other name. */
    public static Optional<DiagramFormat> of(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        for (DiagramFormat format : values()) {
            if (text.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
