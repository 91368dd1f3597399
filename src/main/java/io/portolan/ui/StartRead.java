package io.portolan.ui;

import io.portolan.engine.FlowEngine;
import io.portolan.trace.StartupTrace;
import java.util.List;

/**
 * What the window's start reads before there is a window to show it in: the user's settings, the catalog (and why the
 * user's catalog folder is not used, when it is not), the design to open, and the engine that analyses it. None of it
 * needs the window toolkit, so {@link PortolanApp#readAhead} reads it on a thread of its own while the toolkit starts
 * (decision record 0023).
 *
 * @param catalog the catalog, with what to tell the user about their catalog folder
 * @param start the design the window opens on
 */
record StartRead(Settings settings, FlowEngine engine, CatalogFolder.Loaded catalog, StartingDesign start) {

    /**
     * Reads the catalog and the design to open, as the settings say.
     *
     * @param args the program's arguments: a design file to open, or none
     */
    static StartRead read(Settings settings, List<String> args) {
        CatalogFolder.Loaded catalog = CatalogFolder.loadAtStart(settings);
        StartupTrace.mark("catalog loaded");
        FlowEngine engine = new FlowEngine(catalog.catalog());
        StartingDesign start = StartingDesign.choose(args, settings, catalog.catalog());
        if (start.file() != null) {
            // the window remembers the file it opens; written here, the window's start finds it written
            settings.setLastDesign(start.file());
        }
        StartupTrace.mark("design read");
        // the window analyses the design as it is built; analysing it once here, while the toolkit starts, loads and
        // readies the engine's classes so that the window's analysis is a warm one
        engine.analyze(start.design());
        StartupTrace.mark("engine readied");
        return new StartRead(settings, engine, catalog, start);
    }
}
