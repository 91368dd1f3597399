package io.portolan.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.ui.panels.TaskBarViewModel.State;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bar of long work ends whatever the work throws, and says what went wrong. */
class TaskBarViewModelTest {

    private final List<String> errors = new ArrayList<>();
    private final TaskBarViewModel tasks = new TaskBarViewModel(Runnable::run, Runnable::run,
            (title, message) -> errors.add(title + ": " + message), path -> { });
    private final Path target = Path.of("requests", "request.pdf");

    @Test
    void workThatRunsOutOfMemoryEndsAndSaysSo() {
        tasks.start("the picture", target, "Cannot export the picture", cancellation -> {
            throw new OutOfMemoryError("Java heap space");
        });

        assertThat(tasks.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(errors).containsExactly("Cannot export the picture: " + target + ": there is not enough memory to write it");
        assertThat(tasks.checkIdle()).isTrue();
    }

    @Test
    void workThatFindsAClassMissingEndsAndNamesIt() {
        tasks.start("the picture", target, "Cannot export the picture", cancellation -> {
            throw new NoClassDefFoundError("org/apache/pdfbox/cos/COSBase");
        });

        assertThat(tasks.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(errors).singleElement().asString().startsWith("Cannot export the picture: " + target + ": ")
                .contains("NoClassDefFoundError").contains("COSBase");
    }

    @Test
    void workThatEndsWellSaysWhereTheFileIs() {
        tasks.start("the picture", target, "Cannot export the picture", cancellation -> "2400 \u00d7 1500 pixels");

        assertThat(tasks.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(tasks.messageProperty().get()).isEqualTo("Wrote the picture request.pdf");
        assertThat(tasks.detailProperty().get()).isEqualTo("in " + target.toAbsolutePath().getParent() + " \u2014 2400 \u00d7 1500 pixels");
        assertThat(errors).isEmpty();
    }
}
