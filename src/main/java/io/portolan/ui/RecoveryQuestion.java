package io.portolan.ui;

import io.portolan.ui.Dialogs.RecoveryChoice;
import io.portolan.ui.theme.CompiledStylesheet;
import io.portolan.ui.theme.Styles;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The start-up question about a design a crash left unsaved: its name, when it was last changed, how many changes. */
final class RecoveryQuestion {

    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType LATER = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);

    private RecoveryQuestion() {
    }

    /** The question, not yet shown. */
    static Alert alert(RecoveryOffer offer, Instant now, ZoneId zone) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DISCARD, LATER);
        alert.setTitle(offer.count() > 1 ? "Recover Unsaved Designs (" + offer.position() + " of " + offer.count() + ")"
                : "Recover Unsaved Design");
        alert.setHeaderText("Recover the unsaved changes to " + offer.name() + "?");
        Label intro = new Label("Portolan closed before these changes were saved. Recover opens the design with the changes,"
                + " unsaved, so that Save writes it where it belongs; Discard deletes them; Later asks again at the next start.");
        intro.setWrapText(true);
        GridPane facts = new GridPane();
        facts.getStyleClass().add(Styles.RECOVERY_FACTS);
        fact(facts, 0, "Last changed", offer.whenChanged(now, zone));
        fact(facts, 1, "Unsaved changes", String.valueOf(offer.changes()));
        fact(facts, 2, "File", offer.originalText());
        VBox content = new VBox(12, intro, facts);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(560);
        alert.getDialogPane().getStylesheets().add(CompiledStylesheet.url());
        return alert;
    }

    /** The choice a button stands for; closing the window means later. */
    static RecoveryChoice choice(ButtonType answer) {
        return answer == RECOVER ? RecoveryChoice.RECOVER : answer == DISCARD ? RecoveryChoice.DISCARD : RecoveryChoice.LATER;
    }

    private static void fact(GridPane facts, int row, String key, String value) {
        Label keyLabel = new Label(key);
        keyLabel.getStyleClass().add(Styles.RECOVERY_KEY);
        Label valueLabel = new Label(value);
        valueLabel.setWrapText(true);
        facts.addRow(row, keyLabel, valueLabel);
    }
}
