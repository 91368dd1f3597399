package io.portolan.ui.theme;

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
    // the style sheet's own accents: Citrix blue 0.15 and Parallels red 0.17 on light tiles, 0.36 and 0.33
    // on dark ones
    private static final double MAX_LIGHT_LUMINANCE = 0.17;
    private static final double MIN_DARK_LUMINANCE = 0.32;

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

    /**
     * A strong colour of the hue, darkened (light theme) or paled (dark theme) until it stands out from the
     * tile as the style sheet's own accents do: a fixed brightness would leave yellows too light to read.
     */
    private static Color accent(double hue, boolean dark) {
        double saturation = dark ? 0.55 : 0.80;
        double brightness = dark ? 0.97 : 0.80;
        Color colour = Color.hsb(hue, saturation, brightness);
        while (dark ? luminance(colour) < MIN_DARK_LUMINANCE : luminance(colour) > MAX_LIGHT_LUMINANCE) {
            if (dark) {
                saturation -= 0.02;
            } else {
                brightness -= 0.02;
            }
            colour = Color.hsb(hue, saturation, brightness);
        }
        return colour;
    }

    /** The relative luminance of the colour, as WCAG defines it: 0 for black, 1 for white. */
    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static Color tint(double hue, boolean dark) {
        return dark ? Color.hsb(hue, 0.55, 0.24) : Color.hsb(hue, 0.07, 1.0);
    }

    /** A hue from a vendor's style class: String.hashCode is fixed by the language, so it never changes. */
    private static double hue(String styleClass) {
        return Math.floorMod(styleClass.hashCode(), 360);
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
