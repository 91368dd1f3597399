package io.portolan.ui.theme;

import io.portolan.io.export.diagram.DiagramPalette;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * Accent and tint colours for the vendors that Portolan's style sheet has no rule for: a hue derived from
 * the vendor's name, the same on every start, so that a vendor added as catalog JSON gets a colour of its
 * own without a line of CSS. Vendors the style sheet names keep its colours.
 */
public final class VendorColours {

    private static final Pattern VENDOR_CLASS = Pattern.compile("\\.(vendor-[a-z0-9-]+)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private VendorColours() {
    }

    /**
     * A style sheet, as a {@code data:} URI for {@code Scene.getStylesheets()}, with the light and dark
     * colours of each vendor that {@value Styles#STYLESHEET} has no rule for; empty when it has one for all.
     */
    public static Optional<String> stylesheet(Collection<String> vendors) {
        String css = css(vendors, styledClasses());
        if (css.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }

    /** The rules giving each vendor whose style class is not in {@code styled} its derived colours. */
    static String css(Collection<String> vendors, Set<String> styled) {
        Set<String> missing = new TreeSet<>();
        vendors.stream().map(Glyphs::vendorStyle).filter(c -> !styled.contains(c)).forEach(missing::add);
        StringBuilder css = new StringBuilder();
        for (String styleClass : missing) {
            double hue = hue(styleClass);
            css.append(rule("." + styleClass, accent(hue, false), tint(hue, false)))
                    .append(rule(".theme-dark ." + styleClass, accent(hue, true), tint(hue, true)));
        }
        return css.toString();
    }

    private static String rule(String selector, Color accent, Color tint) {
        return selector + " { -vendor-accent: " + web(accent) + "; -vendor-tint: " + web(tint) + "; }\n";
    }

    /** The derived accent colour (borders, glyphs) of the vendor, in the light or the dark theme. */
    public static Color accent(String vendor, boolean dark) {
        return accent(hue(Glyphs.vendorStyle(vendor)), dark);
    }

    /** The derived tint (tile backgrounds) of the vendor, in the light or the dark theme. */
    public static Color tint(String vendor, boolean dark) {
        return tint(hue(Glyphs.vendorStyle(vendor)), dark);
    }

    /** The accent of the hue, as the exported picture computes it, so that canvas and picture agree. */
    private static Color accent(double hue, boolean dark) {
        return color(DiagramPalette.accent(hue, dark));
    }

    private static Color tint(double hue, boolean dark) {
        return color(DiagramPalette.tint(hue, dark));
    }

    private static Color color(double[] rgb) {
        return Color.color(rgb[0], rgb[1], rgb[2]);
    }

    private static double hue(String styleClass) {
        return DiagramPalette.hue(styleClass);
    }

    /** The vendor style classes {@value Styles#STYLESHEET} has rules for. */
    static Set<String> styledClasses() {
        try (InputStream in = VendorColours.class.getResourceAsStream(Styles.STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("the style sheet " + Styles.STYLESHEET + " is missing from the class path");
            }
            String text = COMMENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
            Set<String> classes = new TreeSet<>();
            Matcher matcher = VENDOR_CLASS.matcher(text);
            while (matcher.find()) {
                classes.add(matcher.group(1));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the style sheet " + Styles.STYLESHEET, e);
        }
    }

    private static String web(Color color) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
