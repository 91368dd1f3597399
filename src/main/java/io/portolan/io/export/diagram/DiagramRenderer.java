package io.portolan.io.export.diagram;

import io.portolan.engine.FlowAnalysis;
import io.portolan.model.RequestInfo;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The picture of a design, drawn once for every output: the window's Export PNG, SVG and PDF, its Print and its
 * workbook, and the command line's {@code picture} and {@code export}. A title with the date over the diagram, as the
 * canvas shows it (zones, firewalls, nodes with their glyphs, edges with their port labels), and a legend under it,
 * followed by the numbered notes of the labels that found no free place. Edges and labels are laid out as the window lays
 * them out ({@link DiagramLayout}); a design too large to draw node by node is drawn as its overview, which the picture
 * says under its title.
 * Everything is painted on a Graphics2D, so one drawing gives the PNG (an image), the SVG (JFreeSVG) and the PDF
 * (PDFBox), without JavaFX and without a display.
 */
public final class DiagramRenderer {

    /** The longest side of a PNG drawn at the default scale, in pixels: a design spread far apart is drawn smaller. */
    public static final int MAX_DEFAULT_SIDE = 8192;
    /** The most pixels a PNG at the default scale holds (64 MB in memory): a picture never outgrows a small heap. */
    public static final double MAX_DEFAULT_PIXELS = 4096.0 * 4096.0;
    /** The most pixels a PNG of a chosen width may hold (256 MB in memory). */
    public static final double MAX_PIXELS = 8192.0 * 8192.0;
    /** The narrowest and widest picture a width may ask for, in pixels (or SVG pixels, or PDF points). */
    public static final int MIN_WIDTH = 64;
    public static final int MAX_WIDTH = 16384;
    /** Pixels per canvas unit of a PNG drawn at the default scale: sharp on a slide or a high-resolution screen. */
    public static final double DEFAULT_SCALE = 2;
    private static final double MARGIN = 28;
    private static final double MIN_PICTURE_WIDTH = 560;

    private final DiagramLayout layout;
    private final DiagramLegend legend;
    private final DiagramPainter painter;
    private final DiagramFonts fonts;
    private final String title;
    private final java.time.LocalDate date;
    private final String subtitle;
    private final double width;
    private final double height;
    private final double headerHeight;
    private final Notes overview;
    private final Notes notes;

    private DiagramRenderer(FlowAnalysis analysis, DiagramOptions options, DiagramFonts fonts) {
        this.fonts = fonts;
        this.layout = DiagramLayout.of(analysis, options.sameZoneEdges(), fonts, GlyphNames.load());
        this.legend = new DiagramLegend(analysis, options.sameZoneEdges(), fonts);
        this.painter = new DiagramPainter(fonts, new GlyphShapes());
        RequestInfo request = analysis.design().request();
        this.title = request.title().isBlank() ? "Design" : request.title().strip();
        this.date = options.date();
        List<String> under = new ArrayList<>(List.of(options.date().toString()));
        if (!request.changeReference().isBlank()) {
            under.add("Change " + request.changeReference().strip());
        }
        if (!request.environment().isBlank()) {
            under.add(request.environment().strip());
        }
        this.subtitle = String.join("  \u00b7  ", under);
        Font titleFont = TextStyle.TITLE.font(fonts);
        Rectangle2D world = layout.bounds();
        double wide = Math.max(DiagramFonts.width(titleFont, title), DiagramFonts.width(TextStyle.SUBTITLE.font(fonts), subtitle));
        this.width = Math.ceil(Math.max(Math.max(world.getWidth(), wide), Math.max(legend.widestItem(), MIN_PICTURE_WIDTH - 2 * MARGIN))
                + 2 * MARGIN);
        double room = width - 2 * MARGIN;
        this.overview = Notes.text(layout.overview(), TextStyle.VIA.font(fonts), room);
        this.notes = Notes.of(layout.notes(), layout.unlabelled(), TextStyle.LEGEND.font(fonts), room);
        this.headerHeight = Text.lineHeight(titleFont) + Text.lineHeight(TextStyle.SUBTITLE.font(fonts)) + overview.height() + 14;
        this.height = Math.ceil(MARGIN + headerHeight + world.getHeight() + 18 + legend.height(room) + notes.height() + MARGIN);
    }

    /** The picture of the analysed design, with the fonts of this machine. */
    public static DiagramRenderer of(FlowAnalysis analysis, DiagramOptions options) {
        return of(analysis, options, DiagramFonts.system());
    }

    static DiagramRenderer of(FlowAnalysis analysis, DiagramOptions options, DiagramFonts fonts) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(options, "options");
        return new DiagramRenderer(analysis, options, fonts);
    }

    /** The picture's width in points (canvas units). */
    public double width() {
        return width;
    }

    /** The picture's height in points (canvas units). */
    public double height() {
        return height;
    }

    /** The title written at the top: the request's title, or "Design". */
    public String title() {
        return title;
    }

    /** The date written under the title. */
    public java.time.LocalDate date() {
        return date;
    }

    /** The pixels per point of a PNG at the default scale: {@value #DEFAULT_SCALE}, less for a very large design. */
    public double defaultScale() {
        return Math.min(DEFAULT_SCALE, Math.min(MAX_DEFAULT_SIDE / Math.max(width, height),
                Math.sqrt(MAX_DEFAULT_PIXELS / (width * height))));
    }

    /** The scale that makes the picture the given width, in pixels or points. */
    public double scaleFor(int pictureWidth) {
        return pictureWidth / width;
    }

    /** Paints the picture, white background included, at one unit per point with its top-left corner at the origin. */
    public void paint(Graphics2D g) {
        AffineTransform saved = g.getTransform();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(DiagramPalette.BACKGROUND);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        Font titleFont = TextStyle.TITLE.font(fonts);
        Font subtitleFont = TextStyle.SUBTITLE.font(fonts);
        g.setColor(DiagramPalette.TEXT);
        g.setFont(titleFont);
        g.drawString(title, (float) MARGIN, (float) (MARGIN + Text.ascent(titleFont)));
        g.setColor(DiagramPalette.MUTED);
        g.setFont(subtitleFont);
        g.drawString(subtitle, (float) MARGIN, (float) (MARGIN + Text.lineHeight(titleFont) + 2 + Text.ascent(subtitleFont)));
        overview.paint(g, MARGIN, MARGIN + Text.lineHeight(titleFont) + 2 + Text.lineHeight(subtitleFont));
        Point2D origin = toPicture(0, 0);
        g.translate(origin.getX(), origin.getY());
        painter.paint(g, layout);
        g.setTransform(saved);
        double legendTop = MARGIN + headerHeight + layout.bounds().getHeight() + 18;
        legend.paint(g, MARGIN, legendTop, width - 2 * MARGIN);
        g.setColor(DiagramPalette.TEXT);
        notes.paint(g, MARGIN, legendTop + legend.height(width - 2 * MARGIN));
    }

    /** What the picture draws and where: its shapes, routes, labels and notes. */
    DiagramLayout layout() {
        return layout;
    }

    /** Where a canvas point lies in the picture, in points from its top-left corner. */
    Point2D toPicture(double x, double y) {
        Rectangle2D world = layout.bounds();
        double left = MARGIN + (width - 2 * MARGIN - world.getWidth()) / 2;
        return new Point2D.Double(left - world.getX() + x, MARGIN + headerHeight - world.getY() + y);
    }

    /** The picture as an image at the scale (pixels per point). */
    public BufferedImage image(double scale) {
        int w = (int) Math.ceil(width * scale);
        int h = (int) Math.ceil(height * scale);
        BufferedImage image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The picture as PNG bytes at the default scale. */
    public byte[] png() {
        return PictureFiles.png(image(defaultScale()), defaultScale());
    }

    /**
     * The picture in the format; {@code pictureWidth} in pixels (PNG, SVG) or points (PDF), or 0 for the default: the
     * default scale for a PNG, the picture's own size for SVG and PDF.
     *
     * @throws IllegalArgumentException when the width is outside {@value #MIN_WIDTH} to {@value #MAX_WIDTH}, or a PNG of
     *     that width would be taller than {@value #MAX_WIDTH} pixels
     */
    public byte[] write(DiagramFormat format, int pictureWidth) {
        if (pictureWidth != 0 && (pictureWidth < MIN_WIDTH || pictureWidth > MAX_WIDTH)) {
            throw new IllegalArgumentException("the width must be from " + MIN_WIDTH + " to " + MAX_WIDTH + ", not " + pictureWidth);
        }
        double scale = pictureWidth == 0 ? (format == DiagramFormat.PNG ? defaultScale() : 1) : scaleFor(pictureWidth);
        if (format == DiagramFormat.PNG && height * scale > MAX_WIDTH) {
            throw new IllegalArgumentException("a picture " + pictureWidth + " pixels wide would be " + Math.round(height * scale)
                    + " pixels high, more than " + MAX_WIDTH + "; ask for a smaller width");
        }
        if (format == DiagramFormat.PNG && width * height * scale * scale > MAX_PIXELS) {
            throw new IllegalArgumentException("a picture " + pictureWidth + " pixels wide would hold " + Math.round(width * height * scale * scale
                    / 1e6) + " million pixels, more than " + Math.round(MAX_PIXELS / 1e6) + "; ask for a smaller width");
        }
        return switch (format) {
            case PNG -> PictureFiles.png(image(scale), scale);
            case SVG -> PictureFiles.svg(this, scale, fonts);
            case PDF -> PictureFiles.pdf(this, scale, fonts);
        };
    }
}
