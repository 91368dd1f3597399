package io.portolan.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.io.export.diagram.DiagramPalette;
import io.portolan.model.ZoneKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The exported picture is coloured as the canvas is in the light theme: its palette is held to the style sheet. */
class PictureColoursTest {

    private static String css;

    @BeforeAll
    static void readStyleSheet() throws Exception {
        try (InputStream in = PictureColoursTest.class.getResourceAsStream(Styles.STYLESHEET)) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String hex(java.awt.Color colour) {
        return String.format(Locale.ROOT, "#%06x", colour.getRGB() & 0xFFFFFF);
    }

    private static String rule(String selector) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(selector) + " \\{([^}]*)}").matcher(css);
        assertThat(matcher.find()).as("rule %s", selector).isTrue();
        return matcher.group(1);
    }

    private static String value(String body, String property) {
        Matcher matcher = Pattern.compile(Pattern.quote(property) + ":\\s*(#[0-9a-f]{6})").matcher(body);
        assertThat(matcher.find()).as("%s in %s", property, body).isTrue();
        return matcher.group(1);
    }

    @Test
    void everyVendorTheStyleSheetNamesHasItsColoursInThePicture() {
        for (String styleClass : VendorColours.styledClasses()) {
            Matcher matcher = Pattern.compile("(?m)^[^\\n]*\\." + Pattern.quote(styleClass) + "\\b[^\\n{]*\\{([^}]*)}").matcher(css);
            assertThat(matcher.find()).as(styleClass).isTrue();
            String vendor = styleClass.substring("vendor-".length());
            DiagramPalette.VendorColours colours = DiagramPalette.vendor(vendor);
            assertThat(hex(colours.accent())).as(styleClass).isEqualTo(value(matcher.group(1), "-vendor-accent"));
            assertThat(hex(colours.tint())).as(styleClass).isEqualTo(value(matcher.group(1), "-vendor-tint"));
        }
    }

    @Test
    void aVendorTheStyleSheetLacksGetsTheCanvassDerivedColours() {
        DiagramPalette.VendorColours colours = DiagramPalette.vendor("Acme Networks");
        javafx.scene.paint.Color accent = VendorColours.accent("Acme Networks", false);
        assertThat(colours.accent().getRed()).isEqualTo((int) Math.round(accent.getRed() * 255));
        assertThat(colours.accent().getGreen()).isEqualTo((int) Math.round(accent.getGreen() * 255));
        assertThat(colours.accent().getBlue()).isEqualTo((int) Math.round(accent.getBlue() * 255));
    }

    @ParameterizedTest
    @EnumSource(ZoneKind.class)
    void zonesHaveTheCanvasColoursOfTheirKind(ZoneKind kind) {
        String body = rule(".zone.zone-" + kind.name().toLowerCase(Locale.ROOT));
        DiagramPalette.ZoneColours colours = DiagramPalette.zone(kind);
        assertThat(hex(colours.fill())).isEqualTo(value(body, "-zone-fill"));
        assertThat(hex(colours.head())).isEqualTo(value(body, "-zone-head"));
        assertThat(hex(colours.line())).isEqualTo(value(body, "-zone-line"));
        assertThat(hex(colours.text())).isEqualTo(value(body, "-zone-text"));
    }

    @Test
    void edgesAndFirewallsHaveTheCanvasColours() {
        String root = rule(".portolan");
        assertThat(hex(DiagramPalette.edge(io.portolan.engine.Crossing.CROSSING))).isEqualTo(value(root, "-edge-crossing"));
        assertThat(hex(DiagramPalette.edge(io.portolan.engine.Crossing.SAME_ZONE))).isEqualTo(value(root, "-edge-same-zone"));
        assertThat(hex(DiagramPalette.edge(io.portolan.engine.Crossing.UNROUTABLE))).isEqualTo(value(root, "-edge-unroutable"));
        assertThat(hex(DiagramPalette.firewall())).isEqualTo(value(root, "-firewall"));
    }
}
