package io.portolan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.ui.Dialogs.FileKind;
import io.portolan.io.export.capirca.Platform;
import io.portolan.io.export.objects.NameCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog's title is in title case ({@code Export Excel Workbook}): the titles the window's actions ask with, the
 * file choosers and dialogs the real window builds, and every title written in the window's source.
 */
@ExtendWith(ApplicationExtension.class)
class DialogTitlesTest {

    /** Articles, short conjunctions and prepositions of three letters or fewer, lower case unless first or last. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as",
            "at", "by", "in", "of", "on", "to", "up", "via", "per");
    private static final Pattern LITERAL_TITLE = Pattern.compile(
            "(?:setTitle|chooseFileToRead|chooseFolder)\\(\"([^\"]+)\"|TITLE = \"([^\"]+)\"|\\(\"[^\"]+\", \"[^\"]+\", \"([^\"]+)\"\\)");

    private final WindowFixture fixture = new WindowFixture();

    @Start
    void start(Stage stage) {
        fixture.start(stage);
    }

    /** Why the title is not in title case, or empty when it is. */
    static Optional<String> titleCaseProblem(String title) {
        String[] words = title.replace("\u2026", "").strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("^[(\"']+|[)\"':,.]+$", "");
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            boolean minor = MINOR.contains(word.toLowerCase(Locale.ROOT)) && i > 0 && i < words.length - 1
                    && !words[i - 1].endsWith(":");
            if (minor && !word.equals(word.toLowerCase(Locale.ROOT))) {
                return Optional.of("'" + word + "' should be lower case in '" + title + "'");
            }
            if (!minor && !Character.isUpperCase(word.charAt(0))) {
                return Optional.of("'" + word + "' should start with a capital in '" + title + "'");
            }
        }
        return Optional.empty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Export Excel Workbook", "Compare With Design", "Check Against Rulebase", "Save Design",
        "Export Rules as CSV", "About Portolan", "Nothing to Compare: Save First"})
    void titleCaseTitlesPass(String title) {
        assertThat(titleCaseProblem(title)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Export excel workbook", "Open design", "Compare with Design Or Rulebase", "Check Against The Rulebase",
        "unsaved Changes"})
    void sentenceCaseTitlesFail(String title) {
        assertThat(titleCaseProblem(title)).isPresent();
    }

    @Test
    void theTitlesTheWindowsActionsAskWithAreInTitleCase() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            fixture.window.compareActions().compareWithFile();
            fixture.window.compareActions().checkAgainstRulebase();
            new CatalogFolder(fixture.settings, fixture.dialogs).choose();
            for (FileKind kind : FileKind.values()) {
                fixture.window.files().chooseTarget(kind);
            }
        }).get();

        assertThat(fixture.dialogs.titles).hasSizeGreaterThanOrEqualTo(3 + FileKind.values().length)
                .contains("Export Excel Workbook")
                .allSatisfy(title -> assertThat(titleCaseProblem(title)).isEmpty());
    }

    @Test
    void theRealWindowsChoosersAndDialogsAreTitledInTitleCase() throws Exception {
        List<String> titles = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (FileKind kind : FileKind.values()) {
                found.add(FxDialogs.chooser(kind.saveTitle(), kind, null).getTitle());
            }
            found.add(FxDialogs.chooser(FxDialogs.OPEN_TITLE, FileKind.DESIGN, null).getTitle());
            found.add(FxDialogs.errorAlert("Cannot open x.portolan", "broken").getTitle());
            found.add(new CustomFlowDialog(fixture.window.document().design(), null, null, null).title());
            found.add(new FirewallExportDialog(new FirewallExportChoice(null, Platform.DEFAULTS, "", NameCase.UPPER), "", null,
                    folder -> Optional.empty()).title());
            found.addAll(List.of(FxDialogs.UNSAVED_TITLE, FxDialogs.ABOUT_TITLE, FxDialogs.POLICY_FOLDER_TITLE));
            return found;
        }).get();

        assertThat(titles).contains("Export Excel Workbook", "Export PNG Image", "Add Flow", "Export Firewall Configuration")
                .allSatisfy(title -> assertThat(titleCaseProblem(title)).isEmpty());
    }

    @Test
    void everyTitleWrittenInTheWindowsSourceIsInTitleCase() throws IOException {
        List<String> titles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/portolan/ui"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/theme/")).toList()) {
                Matcher m = LITERAL_TITLE.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        // style class names are constants too: a title holds a space or starts with a capital
                        if (m.group(g) != null && (g < 3 || file.endsWith("Dialogs.java"))
                                && (m.group(g).contains(" ") || Character.isUpperCase(m.group(g).charAt(0)))) {
                            titles.add(m.group(g));
                        }
                    }
                }
            }
        }

        assertThat(titles).contains("Save Design", "Export CSV File", "Unsaved Changes", "Choose Catalog Folder")
                .allSatisfy(title -> assertThat(titleCaseProblem(title)).isEmpty());
    }
}
