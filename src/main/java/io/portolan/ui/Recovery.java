package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.recovery.RecoveryFile;
import io.portolan.io.recovery.RecoveryStore;
import io.portolan.model.Design;
import io.portolan.ui.Dialogs.RecoveryChoice;
import io.portolan.ui.document.DesignDocument;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import javafx.stage.Stage;

/**
 * At start, offers each design that a crashed Portolan left unsaved: Recover opens it with its changes, unsaved and
 * belonging to its own file (in the window that just opened when it shows a template or that file, else in a window of
 * its own); Discard deletes it;
 * Later keeps it for the next start. A design whose window still runs, in this or another Portolan, is never offered.
 */
final class Recovery {

    private final Session session;
    private final RecoveryStore store;
    private final Catalog catalog;

    Recovery(Session session, RecoveryStore store, Catalog catalog) {
        this.session = session;
        this.store = store;
        this.catalog = catalog;
    }

    /** Asks about each recoverable design, in the window that just opened. */
    void offer(Session.OpenWindow main) {
        List<RecoveryFile> found = store.recoverable();
        boolean mainTaken = false;
        for (int i = 0; i < found.size(); i++) {
            RecoveryFile file = found.get(i);
            RecoveryOffer offer = new RecoveryOffer(file.name(), file.original().orElse(null), file.lastChanged().orElse(null),
                    file.changes(), i + 1, found.size());
            RecoveryChoice choice = main.dialogs().askRecovery(offer);
            try {
                if (choice == RecoveryChoice.RECOVER) {
                    mainTaken |= recover(file, main, !mainTaken && replaceable(main, file));
                } else if (choice == RecoveryChoice.DISCARD) {
                    file.discard();
                } else {
                    file.later();
                }
            } catch (IOException e) {
                main.dialogs().showError("Cannot remove the recovery file", file.file() + ": " + e.getMessage());
            }
        }
    }

    /**
     * True when the recovered design may take the place of what the window opened on: a template or a new design, or
     * the recovered design's own file as saved; a file the user opened stays, and the recovered design gets a window.
     */
    private static boolean replaceable(Session.OpenWindow main, RecoveryFile file) {
        DesignDocument document = main.window().document();
        return !document.isModified() && (document.file() == null || file.original().map(document.file()::equals).orElse(false));
    }

    /**
     * Opens the design with its changes, in the main window or a new one, and makes its recovery file that window's.
     *
     * @return true when it went into the main window
     */
    private boolean recover(RecoveryFile file, Session.OpenWindow main, boolean intoMain) throws IOException {
        Design design;
        try {
            design = file.design(catalog);
        } catch (DesignFileException e) {
            file.later();
            main.dialogs().showError("Cannot recover " + file.name(), e.getMessage() + "\n\nThe recovery file is kept: " + file.file());
            return false;
        }
        Session.OpenWindow target = intoMain ? main : session.create(new Stage(), new StartingDesign(Design.empty(), null, null, null, null));
        target.window().document().loadRecovered(design, file.original().orElse(null), file.name(), file.changes());
        Instant changed = file.lastChanged().orElse(Instant.now());
        if (target.autosave() != null) {
            target.autosave().adopt(file.recover(), changed);
        } else {
            file.later();
        }
        if (!intoMain) {
            session.show(target);
        }
        return intoMain;
    }
}
