package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import io.portolan.edit.MoveSelection;
import io.portolan.io.design.DesignFile;
import io.portolan.model.Design;
import io.portolan.ui.Dialogs.UnsavedChoice;
import io.portolan.ui.document.DesignDocument;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import javafx.util.Pair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+W, Ctrl+Q, F1, and a design file dropped onto the window. */
@ExtendWith(ApplicationExtension.class)
class WindowKeysTest {

    @TempDir
    Path folder;

    private Stage stage;
    private SessionFixture fixture;
    private DesignDocument document;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @BeforeEach
    void open() {
        fixture = new SessionFixture(folder.resolve("data"));
        document = fixture.start(stage, Duration.ofSeconds(60)).window().document();
    }

    @AfterEach
    void closeWindows() {
        fixture.closeAll();
    }

    private void edit() {
        SessionFixture.onFx(() -> document.execute(MoveSelection.of(document.design(), Set.of("storefront"), 40, 0)));
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlWAsksAboutUnsavedChangesThenClosesTheDesign(FxRobot robot) {
        edit();
        Design edited = document.design();
        fixture.dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);

        press(robot, KeyCode.CONTROL, KeyCode.W);

        assertThat(fixture.dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(document.design()).isEqualTo(edited);

        fixture.dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        press(robot, KeyCode.CONTROL, KeyCode.W);

        assertThat(document.design()).isEqualTo(Design.empty());
        assertThat(document.isModified()).isFalse();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void ctrlQAsksAboutUnsavedChangesAndCancelKeepsTheWindowOpen(FxRobot robot) {
        edit();
        fixture.dialogs.unsavedAnswers.add(UnsavedChoice.CANCEL);

        press(robot, KeyCode.CONTROL, KeyCode.Q);

        assertThat(fixture.dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(stage.isShowing()).isTrue();

        fixture.dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);
        press(robot, KeyCode.CONTROL, KeyCode.Q);

        assertThat(fixture.dialogs.unsavedQuestions).isEqualTo(2);
        assertThat(stage.isShowing()).isFalse();
        assertThat(fixture.session.windows()).isEmpty();
    }

    @Test
    void f1ListsEveryShortcutOfTheMenusFromTheirAccelerators(FxRobot robot) throws Exception {
        press(robot, KeyCode.F1);

        assertThat(fixture.dialogs.shortcutsShown).hasSize(1);
        List<Shortcut> shown = fixture.dialogs.shortcutsShown.get(0);
        List<Shortcut> accelerators = new ArrayList<>();
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            everyAccelerator(menu, accelerators);
        }
        assertThat(accelerators).hasSizeGreaterThan(20);
        for (Shortcut accelerator : accelerators) {
            assertThat(shown).anyMatch(s -> List.of(s.keys().split(", ")).contains(accelerator.keys())
                    && s.action().endsWith(accelerator.action()));
        }
        assertThat(shown).contains(new Shortcut("File", "Save", "Ctrl+S"), new Shortcut("File", "Close", "Ctrl+W"),
                new Shortcut("File", "Quit", "Ctrl+Q"), new Shortcut("File", "Export \u203a Workbook", "Ctrl+E"),
                new Shortcut("Help", "Keyboard Shortcuts", "F1"), new Shortcut("Edit", "Redo", "Ctrl+Y, Ctrl+Shift+Z"));
        assertThat(shown).anyMatch(s -> s.group().equals(ShortcutsHelp.CANVAS) && s.action().equals("Pan"));

        List<Dialog<Void>> help = new ArrayList<>();
        SessionFixture.onFx(() -> {
            Dialog<Void> dialog = ShortcutsHelp.dialog(stage, shown);
            dialog.show();
            help.add(dialog);
        });
        Snapshots.save(help.get(0).getDialogPane().getScene(), "keyboard-shortcuts");
        SessionFixture.onFx(() -> help.get(0).close());
    }

    private static void everyAccelerator(Menu menu, List<Shortcut> found) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                everyAccelerator(submenu, found);
            } else if (item.getAccelerator() != null) {
                found.add(new Shortcut(menu.getText(), item.getText().replace("\u2026", ""), item.getAccelerator().getDisplayText()));
            }
        }
    }

    @Test
    void aDesignFileDroppedOnTheWindowOpensAfterAskingAboutUnsavedChanges() throws Exception {
        Path dropped = folder.resolve("dropped.portolan");
        Design other = MoveSelection.of(document.design(), Set.of("gateway"), 200, 0).apply(document.design());
        DesignFile.write(dropped, other);
        edit();
        fixture.dialogs.unsavedAnswers.add(UnsavedChoice.DISCARD);

        DragEvent over = drag(DragEvent.DRAG_OVER, dropped);
        DragEvent drop = drag(DragEvent.DRAG_DROPPED, dropped);

        assertThat(over.getAcceptedTransferMode()).isNotNull();
        assertThat(drop.isDropCompleted()).isTrue();
        assertThat(fixture.dialogs.unsavedQuestions).isEqualTo(1);
        assertThat(document.design()).isEqualTo(other);
        assertThat(document.file()).isEqualTo(dropped);
    }

    @Test
    void aFileThatIsNotADesignIsRefused() throws Exception {
        Path workbook = Files.writeString(folder.resolve("request.xlsx"), "not a design");
        Design before = document.design();

        DragEvent over = drag(DragEvent.DRAG_OVER, workbook);

        assertThat(over.getAcceptedTransferMode()).isNull();
        assertThat(document.design()).isEqualTo(before);
        assertThat(fixture.dialogs.unsavedQuestions).isZero();
    }

    /** Drags the file over the middle of the canvas, as a file manager does, and returns the event after the window had it. */
    private DragEvent drag(javafx.event.EventType<DragEvent> type, Path file) {
        DragEvent[] event = new DragEvent[1];
        SessionFixture.onFx(() -> {
            Node canvas = fixture.session.windows().get(0).window().canvas();
            Dragboard dragboard = DragboardHelper.createDragboard(new FileClipboard(List.of(file.toFile())));
            javafx.geometry.Point2D centre = canvas.localToScene(canvas.getLayoutBounds().getCenterX(),
                    canvas.getLayoutBounds().getCenterY());
            event[0] = new DragEvent(canvas, canvas, type, dragboard, centre.getX(), centre.getY(), centre.getX(), centre.getY(),
                    TransferMode.COPY, null, null, null);
            Event.fireEvent(canvas, event[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return event[0];
    }

    /** What a file manager puts on the drag board: a list of files. */
    private static final class FileClipboard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        FileClipboard(List<File> files) {
            content.put(DataFormat.FILES, files);
        }

        @Override
        public void setSecurityContext(AccessControlContext context) {
            // no security manager in the tests
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return content.keySet();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            for (Pair<DataFormat, Object> pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {
            // no picture follows the pointer in the tests
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
            // as above
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
            // as above
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
