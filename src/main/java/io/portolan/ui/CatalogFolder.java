package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogException;
import io.portolan.catalog.CatalogLoader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's extra catalog folder: files of their own, validated like the built-in ones. A folder is
 * only kept once it loads without a problem; a folder that has gone bad since never keeps Portolan from
 * starting, it starts with the built-in catalog and says why.
 */
final class CatalogFolder {

    static final String CHOOSE_TITLE = "Choose Catalog Folder";

    private final Settings settings;
    private final Dialogs dialogs;

    CatalogFolder(Settings settings, Dialogs dialogs) {
        this.settings = settings;
        this.dialogs = dialogs;
    }

    /** The catalog to start with: the built-in files plus the user's folder when it loads cleanly. */
    Catalog loadAtStart() {
        Loaded loaded = loadAtStart(settings);
        if (loaded.problem() != null) {
            dialogs.showError(loaded.problemTitle(), loaded.problem());
        }
        return loaded.catalog();
    }

    /**
     * The catalog to start with, and what to tell the user when their folder could not be used; touches no window,
     * so that a start can read it while the window toolkit starts.
     */
    static Loaded loadAtStart(Settings settings) {
        Optional<Path> folder = settings.extraCatalogFolder();
        if (folder.isPresent()) {
            try {
                return new Loaded(CatalogLoader.loadBuiltInWith(folder.get()), null, null);
            } catch (CatalogException e) {
                return new Loaded(CatalogLoader.loadBuiltIn(), "The catalog folder " + folder.get() + " is not used",
                        e.getMessage() + "\n\nPortolan starts with the built-in catalog. Fix the files, or choose "
                                + "File > Use Built-in Catalog Only.");
            }
        }
        return new Loaded(CatalogLoader.loadBuiltIn(), null, null);
    }

    /**
     * The catalog a start loaded.
     *
     * @param problemTitle the headline of why the user's folder is not used, or null when nothing went wrong
     * @param problem why, or null
     */
    record Loaded(Catalog catalog, String problemTitle, String problem) {
    }

    /** Asks for a folder, checks its files and keeps it when they load; true when the setting changed. */
    boolean choose() {
        Optional<Path> chosen = dialogs.chooseFolder(CHOOSE_TITLE,
                settings.extraCatalogFolder().orElse(null));
        if (chosen.isEmpty()) {
            return false;
        }
        Catalog catalog;
        try {
            catalog = CatalogLoader.loadBuiltInWith(chosen.get());
        } catch (CatalogException e) {
            dialogs.showError("The catalog folder " + chosen.get() + " cannot be used", e.getMessage());
            return false;
        }
        settings.setExtraCatalogFolder(chosen.get());
        int own = catalog.types().size() - CatalogLoader.loadBuiltIn().types().size();
        dialogs.showInformation("Catalog folder set", chosen.get() + " adds " + own + (own == 1 ? " component type" : " component types")
                + " to the built-in catalog. Restart Portolan to use it.");
        return true;
    }

    /** Goes back to the built-in catalog alone; true when there was a folder to forget. */
    boolean clear() {
        if (settings.extraCatalogFolder().isEmpty()) {
            return false;
        }
        settings.setExtraCatalogFolder(null);
        dialogs.showInformation("Built-in catalog only", "Restart Portolan to leave out the catalog folder.");
        return true;
    }

    /** True when a folder is set. */
    boolean isSet() {
        return settings.extraCatalogFolder().isPresent();
    }
}
