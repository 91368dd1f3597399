package io.portolan.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowEngine;
import io.portolan.engine.walkthrough.WalkthroughSequence;
import io.portolan.engine.walkthrough.WalkthroughStep;
import io.portolan.io.design.Templates;
import io.portolan.model.Design;
import io.portolan.ui.document.DesignDocument;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The walkthrough panel's model, without a window: choosing a sequence, stepping, and following edits. */
class WalkthroughViewModelTest {

    private static Catalog catalog;
    private static Design template;
    private DesignDocument document;

    @BeforeAll
    static void load() throws Exception {
        catalog = CatalogLoader.loadBuiltIn();
        template = Templates.load("citrix-onprem", catalog);
    }

    private WalkthroughViewModel model() {
        document = new DesignDocument(new FlowEngine(catalog), template);
        return new WalkthroughViewModel(document);
    }

    @Test
    void offersTheSequencesThatApplyWithTheFirstChosenAndNoStepShown() {
        WalkthroughViewModel model = model();

        assertThat(model.sequences()).extracting(WalkthroughSequence::id)
                .containsExactly("citrix.gateway-launch", "citrix.vda-registration", "citrix.licensing");
        assertThat(model.sequenceProperty().get().id()).isEqualTo("citrix.gateway-launch");
        assertThat(model.steps()).hasSize(11);
        assertThat(model.stepProperty().get()).isNull();
        assertThat(model.isShowing()).isFalse();
        assertThat(model.summaryProperty().get()).isEqualTo("Complete: the design carries all 11 steps");
    }

    @Test
    void nextStartsThenStepsForwardAndBackWithinTheSequence() {
        WalkthroughViewModel model = model();

        model.next();
        assertThat(model.stepProperty().get().title()).isEqualTo("Client to Citrix Gateway");
        assertThat(model.positionProperty().get()).isEqualTo("Step 1 of 11");
        assertThat(model.canGoBack().get()).isFalse();
        model.previous();
        assertThat(model.stepIndexProperty().get()).isZero();
        model.next();
        model.next();
        assertThat(model.stepProperty().get().title()).isEqualTo("Single sign-on to StoreFront");
        model.show(10);
        assertThat(model.canGoForward().get()).isFalse();
        model.next();
        assertThat(model.positionProperty().get()).isEqualTo("Step 11 of 11");
        model.stop();
        assertThat(model.stepProperty().get()).isNull();
        assertThat(model.positionProperty().get()).isEmpty();
    }

    @Test
    void choosingAnotherSequenceShowsItsFirstStep() {
        WalkthroughViewModel model = model();

        model.sequenceProperty().set(model.sequences().get(2));

        assertThat(model.steps()).extracting(WalkthroughStep::title).first().isEqualTo("The Controller contacts the License Server");
        assertThat(model.stepIndexProperty().get()).isZero();
    }

    @Test
    void anEditKeepsTheSequenceAndStepAndShowsWhatTheStepNowLacks() {
        WalkthroughViewModel model = model();
        model.show(2);

        document.load(template.without(List.of("storefront")), null);

        assertThat(model.sequenceProperty().get().id()).isEqualTo("citrix.gateway-launch");
        assertThat(model.stepIndexProperty().get()).isEqualTo(2);
        assertThat(model.stepProperty().get().missing()).isTrue();
        assertThat(model.stepProperty().get().hint()).isEqualTo("Place StoreFront.");
        assertThat(model.summaryProperty().get()).isEqualTo("3 of 11 steps missing");
    }

    @Test
    void whenTheChosenSequenceNoLongerAppliesTheFirstThatDoesIsChosen() {
        WalkthroughViewModel model = model();
        model.show(4);

        document.load(template.without(List.of("gateway")), null);

        assertThat(model.sequenceProperty().get().id()).isEqualTo("citrix.internal-launch");
        assertThat(model.stepIndexProperty().get()).isZero();
    }

    @Test
    void aDesignNoSequenceAppliesToOffersNoneAndShowsNothing() {
        WalkthroughViewModel model = model();
        model.start();

        document.load(Design.empty(), null);

        assertThat(model.sequences()).isEmpty();
        assertThat(model.sequenceProperty().get()).isNull();
        assertThat(model.stepProperty().get()).isNull();
        model.next();
        assertThat(model.stepIndexProperty().get()).isEqualTo(WalkthroughViewModel.NONE);
    }
}
