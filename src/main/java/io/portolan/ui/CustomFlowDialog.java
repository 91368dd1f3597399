package io.portolan.ui;

import io.portolan.edit.AddCustomFlow;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks for a flow the catalog does not know: source, destination, protocol, ports and purpose. */
final class CustomFlowDialog {

    static final String TITLE = "Add Flow";

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<Node> source = new ComboBox<>();
    private final ComboBox<Node> destination = new ComboBox<>();
    private final ComboBox<Protocol> protocol = new ComboBox<>();
    private final TextField ports = new TextField();
    private final TextField purpose = new TextField();
    private final Label problem = new Label();

    /** The dialog's title. */
    String title() {
        return dialog.getTitle();
    }

    CustomFlowDialog(Design design, String sourceId, String destinationId, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(TITLE);
        dialog.setHeaderText("Add a flow the catalog does not know");
        StringConverter<Node> names = new StringConverter<>() {
            @Override
            public String toString(Node node) {
                return node == null ? "" : node.name();
            }

            @Override
            public Node fromString(String text) {
                return null;
            }
        };
        for (ComboBox<Node> box : java.util.List.of(source, destination)) {
            box.getItems().setAll(design.nodes());
            box.setConverter(names);
            box.setMaxWidth(Double.MAX_VALUE);
        }
        design.node(sourceId).ifPresent(source::setValue);
        design.node(destinationId).ifPresent(destination::setValue);
        protocol.getItems().setAll(Protocol.TCP, Protocol.UDP, Protocol.ICMP);
        protocol.setValue(Protocol.TCP);
        ports.setPromptText("e.g. 443, 8080-8090");
        purpose.setPromptText("Why the flow is needed");
        problem.getStyleClass().add("danger");
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (build().isEmpty()) {
                e.consume();
            }
        });
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Source"), source);
        grid.addRow(1, new Label("Destination"), destination);
        grid.addRow(2, new Label("Protocol"), protocol);
        grid.addRow(3, new Label("Ports"), ports);
        grid.addRow(4, new Label("Purpose"), purpose);
        grid.add(problem, 1, 5);
        grid.setPrefWidth(440);
        return grid;
    }

    Optional<AddCustomFlow> ask() {
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).flatMap(b -> build());
    }

    private Optional<AddCustomFlow> build() {
        try {
            if (source.getValue() == null || destination.getValue() == null) {
                throw new IllegalArgumentException("Choose a source and a destination");
            }
            Protocol chosen = protocol.getValue();
            PortSet set = chosen.hasPorts() ? PortSet.parse(ports.getText()) : PortSet.EMPTY;
            problem.setText("");
            return Optional.of(new AddCustomFlow(source.getValue().id(), destination.getValue().id(), chosen, null, set,
                    purpose.getText().trim()));
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return Optional.empty();
        }
    }
}
