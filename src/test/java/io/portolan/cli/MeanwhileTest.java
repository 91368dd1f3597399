package io.portolan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.Templates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeanwhileTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private static FlowAnalysis analysis() throws Exception {
        return new FlowEngine(CATALOG).analyze(Templates.load("parallels-ras", CATALOG));
    }

    @Test
    void thePictureDrawnMeanwhileIsThePictureDrawnInTurn() throws Exception {
        FlowAnalysis analysis = analysis();
        StringWriter err = new StringWriter();
        Meanwhile meanwhile = Meanwhile.start(analysis, DAY, new PrintWriter(err, true));
        // the rules are built on this thread while the other draws
        analysis.rules();
        byte[] drawn = meanwhile.png();

        assertThat(drawn).isEqualTo(ExportCommand.diagram(analysis(), DAY, new PrintWriter(new StringWriter())));
        assertThat(meanwhile.of(analysis)).isTrue();
        assertThat(meanwhile.of(analysis())).as("another analysis of the same design").isFalse();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutADayNoPictureIsDrawn() throws Exception {
        assertThat(Meanwhile.start(analysis(), null, new PrintWriter(new StringWriter())).png()).isNull();
    }
}
