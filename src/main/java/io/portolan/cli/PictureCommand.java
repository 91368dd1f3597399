package io.portolan.cli;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.AtomicFiles;
import io.portolan.io.OutputFileException;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.export.diagram.DiagramFormat;
import io.portolan.io.export.diagram.DiagramOptions;
import io.portolan.io.export.diagram.DiagramRenderer;
import java.awt.AWTError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code portolan picture FILE -o OUT.png|svg|pdf}: the design's picture, the same drawing as the window's Export and
 * the workbook's Diagram sheet, drawn without a display.
 */
@Command(name = "picture", mixinStandardHelpOptions = true,
        description = {"Draws the design's picture, as the window exports it and the workbook's Diagram sheet shows it: a title"
            + " with the date, the zones, firewalls, nodes and edges with their ports, and a legend. Needs no display.",
            "The format follows the file's extension: .png (an image), .svg or .pdf (vectors, for documents and slides that scale).",
            "An existing file is replaced only once the new one is complete."},
        sortOptions = false)
final class PictureCommand implements Callable<Integer> {

    @ParentCommand
    PortolanCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The design file (.portolan).")
    Path design;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.png|OUT.svg|OUT.pdf", required = true,
            description = "The picture to write; its extension chooses the format.")
    Path output;

    @Option(names = "--width", paramLabel = "N", converter = WidthConverter.class,
            description = {"The picture's width: pixels for PNG and SVG, points for PDF (" + DiagramRenderer.MIN_WIDTH + " to "
                + DiagramRenderer.MAX_WIDTH + ").", "Default: a PNG at twice the canvas size, an SVG or PDF at the canvas size."})
    int width;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = ExportCommand.DateConverter.class,
            description = "The date written under the title (default: today), for a picture that does not change from day to day.")
    LocalDate date;

    @Option(names = "--crossing-only", description = "Leave out the edges between nodes of one zone, which need no rule.")
    boolean crossingOnly;

    @Override
    public Integer call() throws DesignFileException, OutputFileException {
        DiagramFormat format = DiagramFormat.of(output).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "refusing to write: the picture (-o) must end in .png, .svg or .pdf, not " + output));
        ExportCommand.refuseSameFile(spec, design, output, "the design file and the picture (-o) are the same file");
        FlowAnalysis analysis = root.analyze(design);
        AtomicFiles.checkTarget(output);
        byte[] bytes = draw(analysis, format);
        AtomicFiles.write(output, out -> out.write(bytes));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + output + ": the picture of " + analysis.design().nodes().size() + " nodes as "
                + format.name() + ".");
        out.flush();
        return 0;
    }

    private byte[] draw(FlowAnalysis analysis, DiagramFormat format) throws OutputFileException {
        System.setProperty("java.awt.headless", "true");
        DiagramOptions options = new DiagramOptions(date == null ? LocalDate.now() : date, !crossingOnly);
        try {
            return DiagramRenderer.of(analysis, options).write(format, width);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--width: " + e.getMessage());
        } catch (AWTError | UnsatisfiedLinkError | InternalError e) {
            throw new OutputFileException(output, "this machine cannot draw without a display (" + e.getMessage()
                    + "); install a font such as fonts-dejavu-core");
        }
    }

    /** A width in pixels or points: a whole number in the range a picture may have. */
    static final class WidthConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int width;
            try {
                width = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                width = -1;
            }
            if (width < DiagramRenderer.MIN_WIDTH || width > DiagramRenderer.MAX_WIDTH) {
                throw new TypeConversionException("'" + value + "' is not a width; give a whole number of pixels from "
                        + DiagramRenderer.MIN_WIDTH + " to " + DiagramRenderer.MAX_WIDTH);
            }
            return width;
        }
    }
}
