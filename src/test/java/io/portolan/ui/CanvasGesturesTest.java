package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.AddFirewall;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Bounds;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import io.portolan.ui.document.DesignDocument;
import io.portolan.ui.panels.FlowRow;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CanvasGesturesTest {

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private Design design() {
        return fixture.window.document().design();
    }

    @Test
    void rubberBandSelectsTheNodesInside(FxRobot robot) {
        fixture.fit();
        // around StoreFront, Delivery Controllers and SQL Server (the data centre's top row)
        robot.drag(fixture.screen(new Point(650, 120)), MouseButton.PRIMARY).dropTo(fixture.screen(new Point(1080, 260)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.selection().ids()).containsExactlyInAnyOrder("storefront", "ddc", "sql");
        assertThat(fixture.window.document().isModified()).isFalse();
    }

    @Test
    void draggingASelectionMovesEveryNodeInOneUndoStep(FxRobot robot) {
        fixture.fit();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.selection().set(java.util.List.of("storefront", "ddc")));
        Design before = design();
        Point storefront = fixture.node("storefront").position();
        Point ddc = fixture.node("ddc").position();
        robot.drag(fixture.screenOf("storefront"), MouseButton.PRIMARY).dropTo(fixture.screen(storefront.translate(0, 80)));
        WaitForAsyncUtils.waitForFxEvents();
        // the dragged node snaps to the grid and the others keep their places relative to it
        Point snapped = fixture.window.canvas().snap(storefront.translate(0, 80));
        assertThat(fixture.node("storefront").position()).isEqualTo(snapped);
        assertThat(fixture.node("ddc").position()).isEqualTo(ddc.translate(snapped.x() - storefront.x(), snapped.y() - storefront.y()));
        assertThat(fixture.window.document().undoTextProperty().get()).isEqualTo("Undo Move 2 nodes");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design()).isEqualTo(before);
        assertThat(fixture.window.document().undoTextProperty().get()).isEmpty();
        assertThat(fixture.window.document().isModified()).isFalse();
    }

    @Test
    void theFlowsTableFollowsADragWhenItRestsAndWhenItEnds(FxRobot robot) {
        fixture.fit();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.flowsModel().followSelectionProperty().set(false));
        DesignDocument document = fixture.window.document();
        Node storefront = fixture.node("storefront");
        Zone elsewhere = design().zones().stream().filter(z -> z.kind() == ZoneKind.DMZ).findFirst().orElseThrow();
        Point target = new Point(elsewhere.bounds().x() + 50, elsewhere.bounds().y() + elsewhere.bounds().height() - 50);
        List<Flow> before = tableFlows();

        robot.drag(fixture.screenOf("storefront"), MouseButton.PRIMARY).moveTo(fixture.screen(target));
        // the pointer rests with the button held: the table catches up with what the canvas shows
        robot.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.previewingProperty().get()).isTrue();
        assertThat(document.shown().node(storefront.id()).orElseThrow().zoneId()).isEqualTo(elsewhere.id());
        List<Flow> previewed = engineFlows(document.shown());
        assertThat(previewed).isNotEqualTo(before);
        assertThat(tableFlows()).isEqualTo(previewed);

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.previewingProperty().get()).isFalse();
        assertThat(document.design().node(storefront.id()).orElseThrow().zoneId()).isEqualTo(elsewhere.id());
        assertThat(tableFlows()).isEqualTo(engineFlows(document.design()));
    }

    private List<Flow> tableFlows() {
        return fixture.window.flowsModel().shownRows().stream().map(FlowRow::flow).filter(java.util.Objects::nonNull).toList();
    }

    private static List<Flow> engineFlows(Design design) {
        return new FlowEngine(WindowFixture.catalog()).analyze(design).flows();
    }

    @Test
    void draggingAZoneHandleResizesItInOneStep(FxRobot robot) {
        fixture.fit();
        Zone dmz = design().zone("dmz").orElseThrow();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.selection().select("dmz"));
        Bounds b = dmz.bounds();
        Point2D corner = fixture.screen(new Point(b.x() + b.width(), b.y() + b.height()));
        robot.drag(corner, MouseButton.PRIMARY).dropTo(fixture.screen(new Point(b.x() + b.width(), b.y() + b.height() - 200)));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds resized = design().zone("dmz").orElseThrow().bounds();
        assertThat(resized.height()).isEqualTo(b.height() - 200);
        assertThat(resized.width()).isEqualTo(b.width());
        assertThat(fixture.window.document().undoTextProperty().get()).isEqualTo("Undo Resize zone");
    }

    @Test
    void drawingALinkFromAFirewallToAZoneConnectsThem(FxRobot robot) {
        fixture.fit();
        Point at = new Point(1240, 300);
        String id = new AddFirewall(at).newFirewall(design()).id();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> fixture.window.edits().addFirewall(at));
        assertThat(design().firewall(id).orElseThrow().zoneIds()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        // the link handle sits at the firewall's top right
        robot.drag(fixture.screen(at.translate(26, -16)), MouseButton.PRIMARY).dropTo(fixture.screen(new Point(1300, 700)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().firewall(id).orElseThrow().zoneIds()).containsExactly("management");
    }

    @Test
    void copyAndPasteAddCopiesAndSelectThem(FxRobot robot) {
        fixture.fit();
        robot.clickOn(fixture.screenOf("license"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design().nodes()).anyMatch(n -> n.name().equals("License Server 2") && n.zoneId().equals("internal"));
        String pasted = fixture.window.selection().ids().iterator().next();
        assertThat(design().node(pasted).orElseThrow().name()).isEqualTo("License Server 2");
    }

    @Test
    void zoomKeysZoomAndFit(FxRobot robot) {
        fixture.fit();
        double fitted = fixture.window.canvas().zoomProperty().get();
        robot.clickOn(fixture.screen(new Point(1100, 760)));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.canvas().zoomProperty().get()).isGreaterThan(fitted);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.canvas().zoomProperty().get()).isEqualTo(fitted);
    }

    @Test
    void aBurstOfArrowKeyNudgesIsOneUndoStep(FxRobot robot) {
        fixture.fit();
        Design before = design();
        Point storefront = fixture.node("storefront").position();
        robot.clickOn(fixture.screenOf("storefront"));
        robot.type(KeyCode.RIGHT, 3).type(KeyCode.DOWN);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.node("storefront").position()).isEqualTo(storefront.translate(3 + io.portolan.ui.canvas.DiagramView.GRID, 1));
        assertThat(fixture.window.document().undoTextProperty().get()).isEqualTo("Undo Move 1 node");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(design()).isEqualTo(before);
        assertThat(fixture.window.document().undoTextProperty().get()).isEmpty();
    }

    @Test
    void nudgesOfAnotherSelectionAreAnotherUndoStep(FxRobot robot) {
        fixture.fit();
        Point storefront = fixture.node("storefront").position();
        robot.clickOn(fixture.screenOf("storefront"));
        robot.type(KeyCode.RIGHT, 2);
        robot.clickOn(fixture.screenOf("ddc"));
        robot.type(KeyCode.RIGHT, 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.node("storefront").position()).isEqualTo(storefront.translate(2, 0));
    }

    @Test
    void theCanvasMenuAddsAFirewallWhereTheUserRightClicked(FxRobot robot) {
        fixture.fit();
        // low in the internet zone, away from every node and edge
        Point at = new Point(140, 700);
        robot.rightClickOn(fixture.screen(at));
        robot.clickOn("Add firewall here");
        WaitForAsyncUtils.waitForFxEvents();
        String id = fixture.window.selection().ids().iterator().next();
        assertThat(design().firewall(id).orElseThrow().position()).isEqualTo(fixture.window.canvas().snap(at));
        assertThat(fixture.window.document().undoTextProperty().get()).startsWith("Undo Add");
    }
}
