package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.export.capirca.Platform;
import io.portolan.io.export.objects.NameCase;
import io.portolan.model.CustomFlow;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import io.portolan.testing.DesignBuilder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirewallExportTest {

    private final WindowFixture fixture = new WindowFixture();

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    private void onFx(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(20_000, action);
    }

    /** Runs the export and waits until it says what it wrote or what went wrong. */
    private void exportAndWait() throws Exception {
        onFx(() -> fixture.window.firewallExport().export());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !fixture.window.tasks().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem exportItem(FxRobot robot, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        Menu export = (Menu) file.getItems().stream().filter(i -> "Export".equals(i.getText())).findFirst().orElseThrow();
        return export.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    void theFirewallConfigurationIsWrittenAndTheChoiceRemembered() throws Exception {
        Path target = folder.resolve("capirca");
        fixture.dialogs.firewallExports.add(new FirewallExportChoice(target, List.of(Platform.PALOALTO, Platform.SRX), "PTL_",
                NameCase.LOWER));

        exportAndWait();

        assertThat(fixture.dialogs.errors).isEmpty();
        int firewalls = (int) fixture.window.document().analysis().design().firewalls().stream()
                .filter(f -> Files.exists(target.resolve("policies/pol/" + f.name().toLowerCase().replace(' ', '-') + ".pol"))).count();
        assertThat(firewalls).isPositive();
        assertThat(fixture.window.tasks().messageProperty().get()).isEqualTo("Wrote the firewall configuration capirca");
        assertThat(fixture.window.tasks().detailProperty().get()).startsWith("in " + folder + " \u2014 Capirca policies for " + firewalls
                + (firewalls == 1 ? " firewall: " : " firewalls: "));
        assertThat(Files.readString(target.resolve("def/NETWORK.net"))).startsWith("# Address objects").contains("ptl_");
        assertThat(fixture.settings.firewallPlatforms()).containsExactly(Platform.PALOALTO, Platform.SRX);
        assertThat(fixture.settings.objectPrefix()).isEqualTo("PTL_");
        assertThat(fixture.settings.objectCase()).isEqualTo(NameCase.LOWER);

        onFx(() -> fixture.window.firewallExport().export());
        assertThat(fixture.dialogs.firewallSuggestions.get(1)).isEqualTo(new FirewallExportChoice(target,
                List.of(Platform.PALOALTO, Platform.SRX), "PTL_", NameCase.LOWER));
    }

    @Test
    void aFolderThatHoldsFilesIsReplacedOnlyOnceTheUserAgrees() throws Exception {
        Path target = Files.createDirectories(folder.resolve("capirca"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        FirewallExportChoice choice = new FirewallExportChoice(target, List.of(Platform.SRX), "", NameCase.UPPER);
        fixture.dialogs.firewallExports.add(choice);
        fixture.dialogs.confirmations.add(false);

        onFx(() -> fixture.window.firewallExport().export());

        assertThat(fixture.dialogs.confirmationsAsked).singleElement().asString().contains("holds files");
        assertThat(target.resolve("notes.txt")).exists();

        fixture.dialogs.firewallExports.add(choice);
        fixture.dialogs.confirmations.add(true);
        exportAndWait();
        assertThat(target.resolve("notes.txt")).doesNotExist();
        assertThat(target.resolve("README.md")).exists();
    }

    @Test
    void aRuleThePlatformCannotWriteIsShownAndNothingIsWritten() {
        DesignBuilder design = DesignBuilder.design().zone("a", ZoneKind.INTERNAL).zone("b", ZoneKind.DMZ).firewall("fw", "a", "b")
                .node("x", "common.file-server", "a").node("y", "common.file-server", "b").address("x", "10.0.0.1")
                .address("y", "10.0.1.1").custom(new CustomFlow("c1", "x", "y", Protocol.IP, 112, PortSet.EMPTY, "VRRP"));
        onFx(() -> fixture.window.document().load(design.build(), null));
        Path target = folder.resolve("capirca");
        fixture.dialogs.firewallExports.add(new FirewallExportChoice(target, List.of(Platform.PALOALTO), "", NameCase.UPPER));

        onFx(() -> fixture.window.firewallExport().export());

        assertThat(fixture.dialogs.errors).singleElement().asString()
                .startsWith("Cannot export the firewall configuration: rule 1 on fw (X -> Y, IP 112)");
        assertThat(target).doesNotExist();
    }

    @Test
    void theExportMenuWritesAWorkbookWithObjects(FxRobot robot) throws Exception {
        Path target = folder.resolve("objects.xlsx");
        fixture.dialogs.filesToSave.add(target);
        MenuItem item = exportItem(robot, "Workbook with Objects\u2026");

        onFx(item::fire);
        fixture.awaitTasks();

        assertThat(fixture.dialogs.errors).isEmpty();
        try (InputStream in = Files.newInputStream(target); Workbook workbook = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).contains("Rules", "Objects");
        }
        assertThat(exportItem(robot, "Firewall Configuration\u2026")).isNotNull();
    }
}
