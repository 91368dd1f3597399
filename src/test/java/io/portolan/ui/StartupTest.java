package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.edit.MoveSelection;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.ui.document.DesignDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the window opens on: the file given, else the last design, else the template; never the template first. */
@ExtendWith(ApplicationExtension.class)
class StartupTest {

    private static Design template;
    private static String templateTitle;

    @TempDir
    Path folder;

    private Stage stage;
    private SessionFixture fixture;
    /** The window's title at the moment it first showed. */
    private final List<String> firstTitles = new ArrayList<>();

    @BeforeAll
    static void readTemplate() throws Exception {
        template = Templates.load(Templates.DEFAULT, WindowFixture.catalog());
        templateTitle = Templates.find(Templates.DEFAULT).title();
    }

    @Start
    void start(Stage primary) {
        stage = primary;
        stage.showingProperty().addListener((o, was, showing) -> {
            if (showing) {
                firstTitles.add(stage.getTitle());
            }
        });
    }

    @BeforeEach
    void newSession() {
        fixture = new SessionFixture(folder.resolve("data"));
    }

    @AfterEach
    void closeWindows() {
        fixture.closeAll();
    }

    private Path designFile(String name) throws Exception {
        Path file = folder.resolve(name);
        DesignFile.write(file, MoveSelection.of(template, Set.of("storefront"), 120, 0).apply(template));
        return file;
    }

    private DesignDocument startWith(String... args) {
        return fixture.start(stage, Duration.ofSeconds(60), args).window().document();
    }

    @Test
    void theLastDesignReopensFromTheWindowsFirstFrame() throws Exception {
        Path last = designFile("contoso.portolan");
        fixture.settings.setLastDesign(last);

        DesignDocument document = startWith();

        assertThat(document.file()).isEqualTo(last);
        assertThat(document.design()).isEqualTo(DesignFile.read(last, WindowFixture.catalog()));
        assertThat(document.isModified()).isFalse();
        assertThat(firstTitles).containsExactly("contoso.portolan \u2014 Portolan");
        assertThat(document.loadsProperty().get()).isEqualTo(1);
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void aFileGivenOnTheCommandLineOpensFromTheFirstFrameAndBecomesTheLastDesign() throws Exception {
        fixture.settings.setLastDesign(designFile("other.portolan"));
        Path given = designFile("given.portolan");

        DesignDocument document = startWith(given.toString());

        assertThat(document.file()).isEqualTo(given);
        assertThat(firstTitles).containsExactly("given.portolan \u2014 Portolan");
        assertThat(fixture.settings.lastDesign()).contains(given.toAbsolutePath());
        assertThat(fixture.settings.recentFiles()).first().isEqualTo(given.toAbsolutePath());
    }

    @Test
    void aLastDesignThatIsGoneOpensTheTemplateWithAMessageAndIsForgotten() throws Exception {
        Path gone = folder.resolve("gone.portolan");
        fixture.settings.setLastDesign(gone);
        fixture.settings.addRecentFile(gone);

        DesignDocument document = startWith();

        assertThat(document.design()).isEqualTo(template);
        assertThat(document.file()).isNull();
        assertThat(firstTitles).containsExactly(templateTitle + " \u2014 Portolan");
        assertThat(fixture.dialogs.errors).singleElement().asString().startsWith("Cannot reopen gone.portolan: ")
                .contains("does not exist").contains("The " + templateTitle + " template is open instead.");
        assertThat(fixture.settings.lastDesign()).isEmpty();
        assertThat(fixture.settings.recentFiles()).isEmpty();
    }

    @Test
    void aBrokenLastDesignOpensTheTemplateWithAMessageAndStaysInTheRecentFiles() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.portolan"), "{ \"format\": \"portolan-design\", \"version\": 1, ");
        fixture.settings.setLastDesign(broken);
        fixture.settings.addRecentFile(broken);

        DesignDocument document = startWith();

        assertThat(document.design()).isEqualTo(template);
        assertThat(fixture.dialogs.errors).singleElement().asString().startsWith("Cannot reopen broken.portolan: ")
                .contains("broken.portolan");
        assertThat(fixture.settings.recentFiles()).containsExactly(broken.toAbsolutePath());
    }

    @Test
    void aCatalogFolderThatCannotBeUsedIsToldOnceTheWindowShowsItsDesign() throws Exception {
        Path given = designFile("given.portolan");
        List<Boolean> showingWhenTold = new ArrayList<>();
        fixture.dialogs.onError(() -> showingWhenTold.add(stage.isShowing()));
        CatalogFolder.Loaded loaded = new CatalogFolder.Loaded(WindowFixture.catalog(), "The catalog folder /x is not used",
                "acme.json: not valid JSON");

        DesignDocument document = fixture.start(stage, loaded, given.toString()).window().document();

        assertThat(document.file()).isEqualTo(given);
        assertThat(firstTitles).containsExactly("given.portolan \u2014 Portolan");
        assertThat(fixture.dialogs.errors).containsExactly("The catalog folder /x is not used: acme.json: not valid JSON");
        assertThat(showingWhenTold).containsExactly(true);
    }

    @Test
    void withReopeningSwitchedOffTheTemplateOpens() throws Exception {
        fixture.settings.setLastDesign(designFile("contoso.portolan"));
        fixture.settings.setReopenLast(false);

        DesignDocument document = startWith();

        assertThat(document.design()).isEqualTo(template);
        assertThat(firstTitles).containsExactly(templateTitle + " \u2014 Portolan");
    }

    @Test
    void theFileMenuSwitchesReopeningAndClosingADesignForgetsIt(FxRobot robot) throws Exception {
        Path last = designFile("contoso.portolan");
        fixture.settings.setLastDesign(last);
        DesignDocument document = startWith();
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        CheckMenuItem reopen = (CheckMenuItem) file.getItems().stream()
                .filter(i -> "Reopen Last Design on Start".equals(i.getText())).findFirst().orElseThrow();
        assertThat(reopen.isSelected()).isTrue();

        SessionFixture.onFx(() -> reopen.setSelected(false));
        assertThat(fixture.settings.reopenLast()).isFalse();

        SessionFixture.onFx(() -> fixture.session.windows().get(0).window().files().close());
        assertThat(document.design()).isEqualTo(Design.empty());
        assertThat(fixture.settings.lastDesign()).isEmpty();
    }
}
