package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Node;
import io.portolan.ui.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting a node with feature switches styles them without a CSS warning, in either theme. */
@ExtendWith(ApplicationExtension.class)
class CssWarningsWindowTest {

    /** Held so that the handler stays on it: JUL keeps loggers only weakly. */
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");

    private final WindowFixture fixture = new WindowFixture();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private PrintStream originalErr;

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    @BeforeEach
    void listen() {
        CSS_LOG.addHandler(collector);
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopListening() {
        CSS_LOG.removeHandler(collector);
        System.setErr(originalErr);
    }

    @Test
    void selectingNodesWithFeatureSwitchesLogsNoCssWarningInEitherTheme(FxRobot robot) {
        fixture.fit();
        List<Node> withFeatures = fixture.window.document().design().nodes().stream()
                .filter(n -> fixture.window.catalog().type(n.typeId()).map(t -> !t.features().isEmpty()).orElse(false)).toList();
        assertThat(withFeatures).isNotEmpty();

        for (String theme : List.of(Theme.LIGHT, Theme.DARK)) {
            WaitForAsyncUtils.asyncFx(() -> fixture.window.setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            for (Node node : withFeatures) {
                robot.clickOn(fixture.screenOf(node.id()));
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(robot.lookup(".toggle-switch").queryAll()).as(node.name()).isNotEmpty()
                        .allMatch(s -> s instanceof ToggleSwitch);
            }
        }
        WaitForAsyncUtils.asyncFx(() -> fixture.window.setTheme(Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(warnings).isEmpty();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("toggleswitch.css").doesNotContain("Could not resolve");
    }
}
