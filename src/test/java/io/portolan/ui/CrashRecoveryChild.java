package io.portolan.ui;

import io.portolan.catalog.CatalogLoader;
import io.portolan.edit.MoveSelection;
import io.portolan.io.design.DesignFile;
import io.portolan.ui.Dialogs.RecoveryChoice;
import io.portolan.ui.document.DesignDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The designer as the program starts it ({@link Session#start}, the user's settings and data folder), in a process of
 * its own, for {@link CrashRecoveryTest}. Only the dialogs are answered in advance, since nobody sits at the headless
 * screen: a recovery offered is recovered.
 *
 * <ul>
 *   <li>{@code edit DESIGN}: opens the design file, moves its StoreFront 160 to the right through the document, prints
 *       {@code EDITED}, and runs until it is killed.</li>
 *   <li>{@code recover OUT}: starts without a file, prints what it was offered and what the window holds, writes the
 *       window's design to OUT, and exits.</li>
 * </ul>
 */
final class CrashRecoveryChild {

    /** How far the edit moves the StoreFront. */
    static final double MOVE = 160;

    private CrashRecoveryChild() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        Path file = Path.of(args[1]);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            FakeDialogs dialogs = new FakeDialogs();
            dialogs.recoveryAnswers.add(RecoveryChoice.RECOVER);
            Session session = new Session(CatalogLoader.loadBuiltIn(), Settings.forUser(), stage -> dialogs, opened -> { },
                    WindowServices.threadPerTask(), Duration.ofMillis(500));
            DesignDocument document = session.start(new Stage(), mode.equals("edit") ? List.of(file.toString()) : List.of())
                    .window().document();
            if (mode.equals("edit")) {
                document.execute(MoveSelection.of(document.design(), Set.of("storefront"), MOVE, 0));
                System.out.println("EDITED " + document.file());
            } else {
                dialogs.recoveryOffers.forEach(offer -> System.out.println("OFFERED " + offer.name() + " " + offer.changes()));
                System.out.println("FILE " + document.file());
                System.out.println("MODIFIED " + document.isModified());
                System.out.println("ERRORS " + dialogs.errors);
                try {
                    Files.writeString(file, DesignFile.toJson(document.design()), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    System.out.println("CANNOT WRITE " + e);
                }
                System.out.flush();
                System.exit(0);
            }
            System.out.flush();
        });
    }
}
