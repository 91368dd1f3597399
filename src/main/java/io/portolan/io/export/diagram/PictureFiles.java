package io.portolan.io.export.diagram;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Encodes a painted picture as a file's bytes: a PNG image, an SVG document (JFreeSVG: text stays text, in the picture's
 * font with generic fallbacks) or a one-page PDF (PDFBox: lines and text stay vectors, the fonts embedded). The same
 * design, date and width give the same bytes.
 */
final class PictureFiles {

    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    private static final double SCREEN_DPI = 96;
    private static final double METRES_PER_INCH = 0.0254;

    private PictureFiles() {
    }

    /**
     * The image as PNG, marked with its resolution: at {@code scale} pixels per point it is {@code 96 * scale} dots per
     * inch, so that a workbook or a document shows it at the canvas's size, sharp, rather than at twice that size.
     */
    static byte[] png(BufferedImage image, double scale) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(scale * SCREEN_DPI / METRES_PER_INCH));
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
            root.appendChild(physical);
            metadata.mergeTree(PNG_METADATA, root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the diagram as PNG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] svg(DiagramRenderer picture, double scale, DiagramFonts fonts) {
        SVGGraphics2D g = new SVGGraphics2D(hundredths(picture.width() * scale), hundredths(picture.height() * scale));
        // the default prefix holds the time, which would make every file differ
        g.setDefsKeyPrefix("portolan");
        String family = fonts.svgFamily();
        g.setFontFunction(name -> family);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        g.scale(scale, scale);
        picture.paint(g);
        // no DOCTYPE: SVG needs none, and a reader would go online for its DTD
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static double hundredths(double size) {
        return Math.round(size * 100) / 100.0;
    }

    static byte[] pdf(DiagramRenderer picture, double scale, DiagramFonts fonts) {
        float w = (float) (picture.width() * scale);
        float h = (float) (picture.height() * scale);
        try (PDDocument document = new PDDocument(); PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer()) {
            for (DiagramFonts.Face face : DiagramFonts.Face.values()) {
                Optional<Path> file = fonts.file(face);
                if (file.isPresent()) {
                    text.registerFont(fonts.font(face, 12).getFontName(), file.get().toFile());
                }
            }
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            g.setFontTextDrawer(text);
            g.scale(scale, scale);
            picture.paint(g);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            describe(document, picture);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the diagram as PDF", e);
        }
    }

    /** The document's title, creator and date, and an identifier made of them, so that the file depends on nothing else. */
    private static void describe(PDDocument document, DiagramRenderer picture) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(picture.title());
        info.setCreator("Portolan");
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        date.clear();
        date.set(picture.date().getYear(), picture.date().getMonthValue() - 1, picture.date().getDayOfMonth());
        info.setCreationDate(date);
        COSString id = new COSString((picture.title() + "|" + picture.date()).getBytes(StandardCharsets.UTF_8));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
