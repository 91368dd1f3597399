package io.portolan.ui;

import io.portolan.io.export.diagram.DiagramRenderer;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * File > Page Setup and File > Print: the picture the exports draw, fitted to the page, landscape unless the user
 * chooses otherwise in the page setup, which is kept for the next print. Without a printer, a message says so and how
 * to print all the same.
 */
final class DiagramPrint {

    /** What the user is told when no printer is set up. */
    static final String NO_PRINTER = "No printer is set up on this computer. Add a printer and try again, or export the picture"
            + " as PDF (File > Export > PDF\u2026) and print that.";
    /** Dots per inch of the printed picture: sharp on paper, small enough to send to any printer. */
    private static final double DPI = 200;
    private static final double MAX_SIDE = 6000;

    private final DiagramPicture picture;
    private final Dialogs dialogs;
    private final Supplier<PrinterJob> jobs;
    private PageLayout chosen;

    /**
     * @param jobs makes a print job on the default printer, or gives null when there is no printer
     */
    DiagramPrint(DiagramPicture picture, Dialogs dialogs, Supplier<PrinterJob> jobs) {
        this.picture = picture;
        this.dialogs = dialogs;
        this.jobs = jobs;
    }

    /** Asks for paper, orientation and margins, and keeps them for the next print. */
    void pageSetup(Window owner) {
        PrinterJob job = job();
        if (job != null) {
            if (job.showPageSetupDialog(owner)) {
                chosen = job.getJobSettings().getPageLayout();
            }
            job.cancelJob();
        }
    }

    /** Asks for the printer and copies, then prints the picture fitted to the page. */
    void print(Window owner) {
        PrinterJob job = job();
        if (job == null) {
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        PageLayout page = job.getJobSettings().getPageLayout();
        if (job.printPage(page, fitted(picture.renderer(LocalDate.now()), page.getPrintableWidth(), page.getPrintableHeight()))) {
            job.endJob();
        } else {
            dialogs.showError("Cannot print", "The printer did not take the page (" + job.getJobStatus() + ").");
        }
    }

    /** A job on the default printer with the page chosen before (landscape by default), or null after saying why not. */
    private PrinterJob job() {
        PrinterJob job;
        try {
            job = jobs.get();
        } catch (RuntimeException e) {
            // printing needs a working print service; a machine without one is a machine without a printer
            job = null;
        }
        if (job == null) {
            dialogs.showError("Cannot print", NO_PRINTER);
            return null;
        }
        Printer printer = job.getPrinter();
        job.getJobSettings().setPageLayout(chosen != null ? chosen
                : printer.createPageLayout(printer.getDefaultPageLayout().getPaper(), PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT));
        return job;
    }

    /** The picture as an image fitted to the room (in points), keeping its proportions, drawn at about {@value #DPI} dpi. */
    static ImageView fitted(DiagramRenderer renderer, double width, double height) {
        double fit = Math.min(width / renderer.width(), height / renderer.height());
        double scale = Math.min(fit * DPI / 72, MAX_SIDE / Math.max(renderer.width(), renderer.height()));
        ImageView view = new ImageView(SwingFXUtils.toFXImage(renderer.image(scale), null));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(renderer.width() * fit);
        view.setFitHeight(renderer.height() * fit);
        return view;
    }
}
