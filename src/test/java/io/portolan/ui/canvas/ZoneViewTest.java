package io.portolan.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Bounds;
import io.portolan.model.Zone;
import io.portolan.model.ZoneKind;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ZoneViewTest {

    private static Zone management(double width) {
        return new Zone("mgmt", "Management", ZoneKind.MANAGEMENT, List.of("10.99.0.0/24", "10.98.0.0/24"),
                new Bounds(0, 0, width, 300));
    }

    /** The zone on a scene with the window's stylesheet, styled and laid out. */
    private static ZoneView shown(Zone zone) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ZoneView view = new ZoneView(zone);
            Scene scene = new Scene(new Pane(view), 1200, 400);
            scene.getStylesheets().add(ZoneViewTest.class.getResource("/io/portolan/ui/portolan.css").toExternalForm());
            view.applyCss();
            view.layout();
            return view;
        }).get();
    }

    @Test
    void aWideZoneHasItsNameAndDetailOnOneLine() throws Exception {
        ZoneView view = shown(management(900));

        assertThat(ZoneView.headerHeight(management(900))).isEqualTo(ZoneView.HEADER);
        assertThat(view.shownHeaderHeight()).isEqualTo(ZoneView.HEADER);
        assertThat(view.detailWhole()).isTrue();
    }

    @Test
    void aNarrowZoneShowsItsDetailWholeOnALineOfItsOwnInsteadOfCuttingIt() throws Exception {
        Zone narrow = management(240);
        ZoneView view = shown(narrow);

        assertThat(ZoneView.headerHeight(narrow)).isEqualTo(ZoneView.HEADER + ZoneView.SECOND_LINE);
        assertThat(view.shownDetail()).isEqualTo("MANAGEMENT  \u00b7  10.99.0.0/24, 10.98.0.0/24");
        assertThat(view.detailWhole()).as("detail laid out at its full width").isTrue();
        assertThat(view.shownHeaderHeight()).isGreaterThanOrEqualTo(ZoneView.HEADER + ZoneView.SECOND_LINE - 1);
        // labels keep clear of the whole title bar
        assertThat(new CanvasMetrics().zoneTitle(narrow).height()).isEqualTo(ZoneView.HEADER + ZoneView.SECOND_LINE);
    }
}
