package io.portolan.io.export.diagram;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fonts of the exported picture, read from font files rather than asked of the system by name, so that the PNG,
 * the SVG and the PDF measure and draw the same letters and the PDF can embed them: DejaVu Sans where it is installed
 * (every Debian and Ubuntu with Java has it), else Liberation Sans or Arial. A machine with none of them draws with
 * Java's logical sans-serif font; the PDF then draws its text as outlines.
 */
final class DiagramFonts {

    /** The faces the picture uses. */
    enum Face { REGULAR, BOLD, ITALIC }

    /** Measures as the picture draws: antialiased, with fractional widths, at 1 unit per point. */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /** Each family's files (regular, bold, italic), looked for in each folder in turn. */
    private static final List<List<String>> FAMILIES = List.of(
            List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
            List.of("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
            List.of("arial.ttf", "arialbd.ttf", "ariali.ttf"),
            List.of("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf"));

    private final Map<Face, Font> fonts;
    private final Map<Face, Path> files;

    private DiagramFonts(Map<Face, Font> fonts, Map<Face, Path> files) {
        this.fonts = fonts;
        this.files = files;
    }

    /** The fonts of this machine, looked for once. */
    static DiagramFonts system() {
        return Installed.FONTS;
    }

    /** Holds the fonts found, so that the folders are searched once, on first use. */
    private static final class Installed {
        static final DiagramFonts FONTS = find(folders());
    }

    /** The folders where the families are looked for, in order. */
    static List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        for (String folder : List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu-sans-fonts", "/usr/share/fonts/dejavu",
                "/usr/share/fonts/TTF", "/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
                "/usr/share/fonts/liberation-sans", "/usr/local/share/fonts", "/Library/Fonts", "/System/Library/Fonts/Supplemental")) {
            folders.add(Path.of(folder));
        }
        folders.add(Path.of(System.getProperty("java.home", "."), "lib", "fonts"));
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            folders.add(Path.of(windows, "Fonts"));
        }
        return folders;
    }

    /** The first family whose regular face is in one of the folders; Java's logical font where none is. */
    static DiagramFonts find(List<Path> folders) {
        for (List<String> family : FAMILIES) {
            for (Path folder : folders) {
                Optional<Font> regular = read(folder.resolve(family.get(0)));
                if (regular.isPresent()) {
                    Map<Face, Font> fonts = new EnumMap<>(Face.class);
                    Map<Face, Path> files = new EnumMap<>(Face.class);
                    for (Face face : Face.values()) {
                        Path file = folder.resolve(family.get(face.ordinal()));
                        Optional<Font> font = face == Face.REGULAR ? regular : read(file);
                        fonts.put(face, font.orElseGet(() -> regular.get().deriveFont(style(face))));
                        if (font.isPresent()) {
                            files.put(face, file);
                        }
                    }
                    return new DiagramFonts(fonts, files);
                }
            }
        }
        Map<Face, Font> logical = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            logical.put(face, new Font(Font.SANS_SERIF, style(face), 12));
        }
        return new DiagramFonts(logical, Map.of());
    }

    private static int style(Face face) {
        return switch (face) {
            case REGULAR -> Font.PLAIN;
            case BOLD -> Font.BOLD;
            case ITALIC -> Font.ITALIC;
        };
    }

    private static Optional<Font> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Font.createFont(Font.TRUETYPE_FONT, file.toFile()));
        } catch (FontFormatException | IOException e) {
            // an unreadable file is skipped: the next folder or family may have a good one
            return Optional.empty();
        }
    }

    /** The face at the size, in points. */
    Font font(Face face, float size) {
        return fonts.get(face).deriveFont(style(face), size);
    }

    /** The file the face was read from; empty for a face derived from another, or Java's logical font. */
    Optional<Path> file(Face face) {
        return Optional.ofNullable(files.get(face));
    }

    /** True when the faces come from font files, false when Java's logical font stands in. */
    boolean fromFiles() {
        return !files.isEmpty();
    }

    /** The family name to write in an SVG, with generic fallbacks for a viewer that lacks it. */
    String svgFamily() {
        String family = fromFiles() ? fonts.get(Face.REGULAR).getFamily(java.util.Locale.ROOT) : "";
        String fallbacks = "Arial, Helvetica, sans-serif";
        return family.isEmpty() || family.startsWith("Arial") ? fallbacks : "\"" + family + "\", " + fallbacks;
    }

    /** The width of the text in the font, in points. */
    static double width(Font font, String text) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, MEASURE).getWidth();
    }
}
