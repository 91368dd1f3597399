package io.portolan.ui;

import io.portolan.io.design.DesignFile;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * A design file dropped onto the window opens it, after asking about unsaved changes; anything else dropped is refused
 * (the pointer says so while it is dragged over). The palette's own drags are mouse gestures, not drag and drop, so
 * they never meet this.
 */
final class FileDrop {

    private FileDrop() {
    }

    /** Lets the node (the window's root) take design files dropped on it or anything in it. */
    static void install(Node target, FileActions files) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (design(event.getDragboard()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<File> file = design(event.getDragboard());
            if (file.isPresent()) {
                event.setDropCompleted(true);
                event.consume();
                // the drop ends before any question is asked, so that the other program is not left waiting on it
                javafx.application.Platform.runLater(() -> files.openDropped(file.get().toPath()));
            }
        });
    }

    /** The first design file among the files dragged: a {@code .portolan} file, or a {@code .json} one. */
    static Optional<File> design(Dragboard dragboard) {
        if (dragboard == null || !dragboard.hasFiles()) {
            return Optional.empty();
        }
        List<File> dropped = dragboard.getFiles();
        return dropped.stream().filter(FileDrop::isDesign).findFirst();
    }

    private static boolean isDesign(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        return file.isFile() && (name.endsWith(DesignFile.EXTENSION) || name.endsWith(".json"));
    }
}
