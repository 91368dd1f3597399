package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the window shows when it opens, read before it is shown so that a file opened from the command line or by a
 * double-click never first flashes the template: the file given, else the last design (when the user wants it
 * reopened), else the sample template. A file that cannot be opened gives the template and a message saying why.
 *
 * @param design the design to show
 * @param file its file, or null for a new design
 * @param title the name a new design is shown with (a template's title), or null for a file's
 * @param problemTitle the headline of what went wrong, or null when nothing did
 * @param problem what went wrong, or null
 */
record StartingDesign(Design design, Path file, String title, String problemTitle, String problem) {

    /**
     * The design to open.
     *
     * @param args the program's arguments: a design file to open, or none
     */
    static StartingDesign choose(List<String> args, Settings settings, Catalog catalog) {
        if (!args.isEmpty()) {
            Path file;
            try {
                file = Path.of(args.get(0));
            } catch (InvalidPathException e) {
                return template(catalog, "Cannot open " + args.get(0), args.get(0) + ": not a file name (" + e.getReason() + ").");
            }
            return read(file, catalog, "Cannot open " + file.getFileName(), settings);
        }
        if (settings.reopenLast() && settings.lastDesign().isPresent()) {
            Path last = settings.lastDesign().get();
            StartingDesign reopened = read(last, catalog, "Cannot reopen " + last.getFileName(), settings);
            if (!Files.exists(last)) {
                settings.setLastDesign(null);
                settings.removeRecentFile(last);
            }
            return reopened;
        }
        return template(catalog, null, null);
    }

    /** The sample template, a new design without a file. */
    static StartingDesign template(Catalog catalog) {
        return template(catalog, null, null);
    }

    private static StartingDesign read(Path file, Catalog catalog, String problemTitle, Settings settings) {
        try {
            Design design = DesignFile.read(file, catalog);
            settings.addRecentFile(file);
            return new StartingDesign(design, file, null, null, null);
        } catch (DesignFileException e) {
            return template(catalog, problemTitle, e.getMessage());
        }
    }

    private static StartingDesign template(Catalog catalog, String problemTitle, String problem) {
        try {
            String title = Templates.find(Templates.DEFAULT).title();
            String note = problem == null ? null : problem + "\n\nThe " + title + " template is open instead.";
            return new StartingDesign(Templates.load(Templates.DEFAULT, catalog), null, title, problemTitle, note);
        } catch (Templates.UnknownTemplateException e) {
            return new StartingDesign(Design.empty(), null, null, problemTitle, problem);
        }
    }

    /** True when something went wrong and the user should be told. */
    boolean hasProblem() {
        return problem != null;
    }
}
