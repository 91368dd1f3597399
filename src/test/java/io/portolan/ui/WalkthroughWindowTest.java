package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.DeleteSelection;
import io.portolan.engine.FlowEngine;
import io.portolan.engine.NodePairFlows;
import io.portolan.engine.walkthrough.WalkthroughStep;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.ui.canvas.DiagramView;
import io.portolan.ui.panels.WalkthroughView;
import io.portolan.ui.panels.WalkthroughViewModel;
import io.portolan.ui.theme.Theme;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Stepping through a connection sequence in the window: what each step highlights, fades and says. */
@ExtendWith(ApplicationExtension.class)
class WalkthroughWindowTest {

    private static final List<String> ON_PREMISES = List.of("users", "gateway", "storefront", "ddc", "sql", "vda", "license",
            "radius", "dc", "admin");

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private DiagramView canvas() {
        return fixture.window.canvas();
    }

    private WalkthroughViewModel model() {
        return fixture.window.walkthroughModel();
    }

    private void openPanel() {
        fixture.fit();
        WaitForAsyncUtils.asyncFx(() -> fixture.window.showWalkthrough());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> bright() {
        return ON_PREMISES.stream().filter(id -> !canvas().readout().isFaded(id)).toList();
    }

    private void press(FxRobot robot, KeyCode key, int times) {
        for (int i = 0; i < times; i++) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String engineLabel(String sourceId, String destinationId) {
        Design design = fixture.window.document().design();
        return new FlowEngine(WindowFixture.catalog()).analyze(design).byNodePair().stream()
                .filter(p -> p.source().id().equals(sourceId) && p.destination().id().equals(destinationId))
                .map(NodePairFlows::label).findFirst().orElseThrow();
    }

    @Test
    void thePanelIsBuiltWhenItFirstComesToTheFrontNotAtStart(FxRobot robot) {
        assertThat(robot.lookup("#" + WalkthroughView.SEQUENCE_ID).tryQuery()).isEmpty();

        openPanel();

        assertThat(robot.lookup("#" + WalkthroughView.SEQUENCE_ID).tryQuery()).isPresent();
        assertThat(robot.lookup("#" + WalkthroughView.NEXT_ID).queryButton().isVisible()).isTrue();
    }

    @Test
    void eachStepHighlightsItsNodesEdgesAndFirewallsWithItsPortsAndFadesTheRest(FxRobot robot) throws Exception {
        openPanel();
        assertThat(bright()).containsExactlyElementsOf(ON_PREMISES);

        // the clicker's first Page Down starts the walkthrough; the Next button steps on
        press(robot, KeyCode.PAGE_DOWN, 1);
        assertThat(model().stepProperty().get().title()).isEqualTo("Client to Citrix Gateway");
        robot.clickOn("#" + WalkthroughView.NEXT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().stepProperty().get().title()).isEqualTo("Authentication");
        robot.clickOn("#" + WalkthroughView.BACK_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().stepProperty().get().title()).isEqualTo("Client to Citrix Gateway");
        assertThat(bright()).containsExactly("users", "gateway");
        assertThat(canvas().readout().edgeLabelText("gateway", "users")).get().asString().startsWith("TCP 443\n")
                .contains("via Edge firewall");
        assertThat(canvas().readout().isFirewallFaded("fw-edge")).isFalse();
        assertThat(canvas().readout().isFirewallFaded("fw-internal")).isTrue();
        assertThat(canvas().readout().captionLines()).startsWith("Citrix through Citrix Gateway  \u00b7  Step 1 of 11",
                "Client to Citrix Gateway");
        assertThat(canvas().readout().captionLines()).contains("Remote users \u2192 Citrix Gateway    TCP 443    via Edge firewall");
        Snapshots.save(robot.listWindows().get(0).getScene(), "walkthrough-step-1");

        press(robot, KeyCode.PAGE_DOWN, 9);
        assertThat(model().stepProperty().get().title()).isEqualTo("HDX from the Gateway to the VDA");
        assertThat(bright()).containsExactly("gateway", "vda");
        assertThat(canvas().readout().edgeLabelText("gateway", "vda")).get().asString()
                .isEqualTo("TCP 1494, 2598 | UDP 1494, 2598\nvia Internal firewall");
        assertThat(canvas().readout().isFirewallFaded("fw-internal")).isFalse();
        assertThat(canvas().readout().isFirewallFaded("fw-edge")).isTrue();
        Snapshots.save(robot.listWindows().get(0).getScene(), "walkthrough-step-10");

        press(robot, KeyCode.LEFT, 1);
        assertThat(model().stepProperty().get().title()).isEqualTo("HDX from the client to the Gateway");
        press(robot, KeyCode.PAGE_UP, 4);
        assertThat(model().stepProperty().get().title()).isEqualTo("Enumeration by the Delivery Controller");
        assertThat(bright()).containsExactly("storefront", "ddc");
        assertThat(canvas().readout().isFirewallFaded("fw-internal")).isTrue();
    }

    @Test
    void stoppingShowsTheWholeDesignAgainWithTheEdgesOwnLabels(FxRobot robot) {
        openPanel();
        WaitForAsyncUtils.asyncFx(() -> model().show(10));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().readout().edgeLabelText("dc", "vda")).get().asString().contains("TCP 53, 88, 389, 3268");

        WaitForAsyncUtils.asyncFx(() -> model().show(0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(".caption-close");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model().isShowing()).isFalse();
        assertThat(canvas().readout().captionLines()).isEmpty();
        assertThat(bright()).containsExactlyElementsOf(ON_PREMISES);
        assertThat(canvas().readout().isFirewallFaded("fw-management")).isFalse();
        assertThat(canvas().readout().edgeLabelText("gateway", "users")).get().asString().contains(engineLabel("users", "gateway"));
    }

    @Test
    void aStepTheDesignCannotCarrySaysWhatToPlaceAndFadesAllButWhatWaitsForIt(FxRobot robot) throws Exception {
        openPanel();
        WaitForAsyncUtils.asyncFx(() -> fixture.window.document().execute(
                DeleteSelection.of(fixture.window.document().design(), Set.of("storefront")))).get();
        WaitForAsyncUtils.asyncFx(() -> model().show(2));
        WaitForAsyncUtils.waitForFxEvents();

        WalkthroughStep step = model().stepProperty().get();
        assertThat(step.title()).isEqualTo("Single sign-on to StoreFront");
        assertThat(step.missing()).isTrue();
        assertThat(canvas().readout().captionLines()).contains("Missing: Place StoreFront.");
        // the Gateway has no StoreFront to reach: it stays bright, everything else fades
        assertThat(ON_PREMISES.stream().filter(id -> !id.equals("storefront")).filter(id -> !canvas().readout().isFaded(id)))
                .containsExactly("gateway");
        assertThat(model().summaryProperty().get()).isEqualTo("3 of 11 steps missing");
        Snapshots.save(robot.listWindows().get(0).getScene(), "walkthrough-missing-step");
    }

    @Test
    void f5PresentsTheCanvasAloneWithLargerLabelsAndEscapeBringsTheWindowBack(FxRobot robot) throws Exception {
        openPanel();
        WaitForAsyncUtils.asyncFx(() -> model().show(9));
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().presentingProperty().get()).isTrue();
        assertThat(canvas().getPseudoClassStates()).extracting(Object::toString).contains("presenting");
        assertThat(canvas().getScene().getRoot().lookupAll(".presentation")).singleElement()
                .satisfies(layer -> assertThat(canvas().getParent()).isSameAs(layer));
        assertThat(canvas().getWidth()).isGreaterThan(1200);
        assertThat(canvas().lookup(".edge-label").getScaleX()).isGreaterThan(1.2);
        Snapshots.save(robot.listWindows().get(0).getScene(), "walkthrough-presenting");

        press(robot, KeyCode.RIGHT, 1);
        assertThat(model().stepProperty().get().title()).isEqualTo("Windows logon on the VDA");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas().presentingProperty().get()).isFalse();
        assertThat(canvas().getWidth()).isLessThan(900);
        assertThat(model().isShowing()).isTrue();
    }

    @Test
    void snapshotsOfEachTemplatesWalkthrough(FxRobot robot) throws Exception {
        openPanel();
        for (Templates.Template template : Templates.list()) {
            Design design = Templates.load(template.name(), WindowFixture.catalog());
            WaitForAsyncUtils.asyncFx(() -> fixture.window.document().loadTemplate(design, template.title())).get();
            fixture.fit();
            WaitForAsyncUtils.asyncFx(() -> model().start());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(model().sequenceProperty().get().complete()).as(template.name()).isTrue();
            int steps = model().steps().size();
            for (int i = 0; i < steps; i++) {
                assertThat(model().stepProperty().get().missing()).as(template.name() + " step " + (i + 1)).isFalse();
                assertThat(canvas().readout().captionLines()).isNotEmpty();
                Snapshots.save(robot.listWindows().get(0).getScene(), "walkthrough-" + template.name() + "-" + (i + 1));
                press(robot, KeyCode.PAGE_DOWN, 1);
            }
        }
        WaitForAsyncUtils.asyncFx(() -> {
            fixture.window.setTheme(Theme.DARK);
            model().show(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(robot.listWindows().get(0).getScene(), "walkthrough-dark");
    }
}
