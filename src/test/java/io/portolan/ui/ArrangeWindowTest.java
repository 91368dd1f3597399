package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.diagram.Box;
import io.portolan.diagram.FreeSpace;
import io.portolan.diagram.Routes;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.Hop;
import io.portolan.engine.NodePairFlows;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.model.Firewall;
import io.portolan.model.Node;
import io.portolan.testing.GeneratedDesigns;
import io.portolan.ui.panels.PaletteEntry;
import io.portolan.ui.panels.PaletteView;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Arrange > Tidy, the canvas's labels and routes, and where pasted and keyboard-added nodes land. */
@ExtendWith(ApplicationExtension.class)
class ArrangeWindowTest {

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private Design design() {
        return fixture.window.document().design();
    }

    private void load(Templates.Template template) throws Exception {
        Design design = Templates.load(template.name(), WindowFixture.catalog());
        WaitForAsyncUtils.asyncFx(() -> fixture.window.document().loadTemplate(design, template.title())).get();
        fixture.fit();
    }

    @Test
    void arrangeTidyLaysTheDesignOutInOneStepThatUndoTakesBack(FxRobot robot) {
        fixture.fit();
        Design before = design();

        robot.clickOn("Arrange").clickOn("Tidy");
        WaitForAsyncUtils.waitForFxEvents();

        Design after = design();
        assertThat(after).isNotEqualTo(before);
        assertThat(after.nodes()).extracting(Node::zoneId).isEqualTo(before.nodes().stream().map(Node::zoneId).toList());
        assertThat(fixture.window.document().undoTextProperty().get()).isEqualTo("Undo Tidy");
        // the canvas has the keyboard, not the palette's search field (whose own undo Ctrl+Z would be)
        robot.clickOn(fixture.window.canvas());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design()).isEqualTo(before);
    }

    @Test
    void eachTemplateBeforeAndAfterTidyHasNoLabelOverANodeABadgeAFirewallOrAnotherLabel(FxRobot robot) throws Exception {
        for (Templates.Template template : Templates.list()) {
            load(template);
            assertThat(fixture.window.canvas().readout().labelOverlaps()).as(template.name()).isEmpty();
            Snapshots.save(robot.listWindows().get(0).getScene(), "tidy-" + template.name() + "-before");
            WaitForAsyncUtils.asyncFx(() -> fixture.window.edits().tidy()).get();
            fixture.fit();
            assertThat(fixture.window.canvas().readout().labelOverlaps()).as(template.name() + " tidied").isEmpty();
            assertThat(fixture.window.canvas().readout().crowdedLabels()).as(template.name() + " tidied").containsExactly(0, 0);
            Snapshots.save(robot.listWindows().get(0).getScene(), "tidy-" + template.name() + "-after");
        }
    }

    @Test
    void aGenerated200NodeDesignOnTheCanvasHasNoLabelOverANodeABadgeAFirewallOrAnotherLabel(FxRobot robot) throws Exception {
        Design design = GeneratedDesigns.generate(WindowFixture.catalog(), 200);
        WaitForAsyncUtils.asyncFx(() -> fixture.window.document().loadTemplate(design, "Generated")).get();
        // at 100% every label is placed (zoomed far out none is, being too small to read)
        WaitForAsyncUtils.asyncFx(() -> fixture.window.canvas().actualSize()).get();
        WaitForAsyncUtils.waitForFxEvents();

        int[] crowded = fixture.window.canvas().readout().crowdedLabels();
        assertThat(fixture.window.canvas().readout().labelOverlaps()).isEmpty();
        assertThat(fixture.window.canvas().readout().drawnEdgeCount() - crowded[1]).as("edges with a label or a marker").isPositive();
        Snapshots.save(robot.listWindows().get(0).getScene(), "canvas-generated-200");
    }

    @Test
    void eachCrossingEdgeOnTheCanvasRunsThroughTheIconOfEachFirewallItCrosses(FxRobot robot) {
        fixture.fit();
        FlowAnalysis analysis = fixture.window.document().analysis();
        int checked = 0;
        for (NodePairFlows pair : analysis.byNodePair()) {
            if (pair.source() == pair.destination()) {
                continue;
            }
            double[] route = fixture.window.canvas().readout().edgeRoute(pair.source().id(), pair.destination().id()).orElseThrow();
            for (Hop hop : pair.route().hops()) {
                Firewall firewall = design().firewall(hop.boundary().id()).orElse(null);
                if (firewall != null) {
                    Box icon = Box.centred(firewall.position().x(), firewall.position().y(), 40, 40);
                    assertThat(Routes.crosses(route, icon)).as(pair + " through " + firewall.name()).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void aPastedCopyLandsInFreeSpaceNotOverTheOriginalsName(FxRobot robot) {
        fixture.fit();
        FlowAnalysis before = fixture.window.document().analysis();
        Set<String> ids = new HashSet<>();
        design().nodes().forEach(n -> ids.add(n.id()));

        robot.clickOn(fixture.screenOf("ddc"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Node copy = design().nodes().stream().filter(n -> !ids.contains(n.id())).findFirst().orElseThrow();
        Node original = design().node("ddc").orElseThrow();
        assertThat(FreeSpace.room(copy.position()).intersects(FreeSpace.room(original.position()))).isFalse();
        assertThat(new FreeSpace(before).free(copy.position())).isTrue();
        assertThat(copy.zoneId()).isEqualTo(original.zoneId());
    }

    @Test
    void aNodeAddedFromTheKeyboardLandsInFreeSpace(FxRobot robot) {
        fixture.fit();
        FlowAnalysis before = fixture.window.document().analysis();
        robot.clickOn("#" + PaletteView.SEARCH_ID).write("storefront");
        TreeCell<?> cell = robot.lookup(".palette-entry")
                .match((TreeCell<?> c) -> c.getItem() instanceof PaletteEntry e && e.name().equals("StoreFront")).query();
        robot.clickOn(cell).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Node added = design().nodes().stream().filter(n -> n.name().equals("StoreFront 2")).findFirst().orElseThrow();
        assertThat(new FreeSpace(before).free(added.position())).isTrue();
    }
}
