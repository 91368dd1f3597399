package io.portolan.io.export.diagram;

import io.portolan.engine.Crossing;
import io.portolan.model.ZoneKind;
import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * The colours of the exported picture: those of the canvas in the light theme (Portolan's style sheet over AtlantaFX
 * Primer Light), so that the picture a firewall team receives looks like what the architect drew. A vendor the style
 * sheet names keeps its colours; any other gets a hue derived from its name, as the canvas gives it.
 */
public final class DiagramPalette {

    /** A zone's colours: the body, the title bar, the border and the text. */
    public record ZoneColours(Color fill, Color head, Color line, Color text) {
    }

    /** A vendor's colours: the accent (tile border, glyph) and the tint (tile background). */
    public record VendorColours(Color accent, Color tint) {
    }

    static final Color TEXT = rgb(0x24292f);
    static final Color MUTED = rgb(0x57606a);
    static final Color BACKGROUND = Color.WHITE;
    static final Color SAME_ZONE = rgb(0x94a3b8);
    static final Color CROSSING = rgb(0xea580c);
    static final Color UNROUTABLE = rgb(0xdc2626);
    static final Color FIREWALL = rgb(0xb91c1c);
    /** The firewall's outline and name: the firewall colour darkened, as the style sheet's {@code derive} does. */
    static final Color FIREWALL_DARK = rgb(0x821414);
    static final Color FIREWALL_NAME = rgb(0x941616);
    static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 240);
    static final Color SAME_ZONE_LABEL_BORDER = rgb(0xbbc6d4);
    static final Color VIA = rgb(0xb04209);
    static final Color NAME_BACKGROUND = new Color(255, 255, 255, 217);
    static final Color BADGE = rgb(0x1f2937);
    static final Color UNKNOWN_TILE = rgb(0xfff8c5);
    static final Color UNKNOWN_ACCENT = rgb(0xbf8700);

    /** The vendors the style sheet names, by style class. */
    private static final Map<String, VendorColours> VENDORS = Map.of(
            "vendor-citrix", new VendorColours(rgb(0x2563eb), rgb(0xeef4ff)),
            "vendor-parallels", new VendorColours(rgb(0xdc2626), rgb(0xfff0f0)),
            "vendor-hp", new VendorColours(rgb(0x0891b2), rgb(0xebfaff)),
            "vendor-teradici", new VendorColours(rgb(0x0891b2), rgb(0xebfaff)),
            "vendor-hp-anyware-teradici", new VendorColours(rgb(0x0891b2), rgb(0xebfaff)),
            "vendor-common", new VendorColours(rgb(0x475569), rgb(0xf1f5f9)),
            "vendor-other", new VendorColours(rgb(0x7c3aed), rgb(0xf3efff)));
    /** The style sheet's own accents: Citrix blue 0.15 and Parallels red 0.17 on light tiles. */
    private static final double MAX_LIGHT_LUMINANCE = 0.17;

    private DiagramPalette() {
    }

    /** The colours of a zone of the kind. */
    public static ZoneColours zone(ZoneKind kind) {
        return switch (kind) {
            case INTERNET -> new ZoneColours(rgb(0xf3faff), rgb(0xe0f2fe), rgb(0x7dd3fc), rgb(0x075985));
            case DMZ -> new ZoneColours(rgb(0xfffbeb), rgb(0xfef3c7), rgb(0xfcd34d), rgb(0x92400e));
            case INTERNAL -> new ZoneColours(rgb(0xf0fdf6), rgb(0xdcfce7), rgb(0x86efac), rgb(0x166534));
            case CLOUD -> new ZoneColours(rgb(0xf7f5ff), rgb(0xede9fe), rgb(0xc4b5fd), rgb(0x5b21b6));
            case MANAGEMENT -> new ZoneColours(rgb(0xfff5f6), rgb(0xffe4e6), rgb(0xfda4af), rgb(0x9f1239));
            case CUSTOM -> new ZoneColours(rgb(0xf8fafc), rgb(0xeef2f6), rgb(0xcbd5e1), rgb(0x334155));
        };
    }

    /** The colour of an edge of the kind: crossing orange, same zone grey, no route red. */
    public static Color edge(Crossing crossing) {
        return switch (crossing) {
            case CROSSING -> CROSSING;
            case SAME_ZONE -> SAME_ZONE;
            case UNROUTABLE, UNZONED -> UNROUTABLE;
        };
    }

    /** The colour of a firewall. */
    public static Color firewall() {
        return FIREWALL;
    }

    /** The style class of a vendor's colours: {@code vendor-citrix}, {@code vendor-hp-anyware-teradici}. */
    public static String vendorStyle(String vendor) {
        String slug = vendor == null ? "other" : vendor.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "vendor-" + (slug.isEmpty() ? "other" : slug);
    }

    /** True when the style sheet has colours of its own for the vendor's style class. */
    static boolean styled(String styleClass) {
        return VENDORS.containsKey(styleClass);
    }

    /** The vendor's colours in the light theme: the style sheet's, or those derived from its name. */
    public static VendorColours vendor(String vendor) {
        String style = vendorStyle(vendor);
        VendorColours named = VENDORS.get(style);
        return named != null ? named : new VendorColours(awt(accent(hue(style), false)), awt(tint(hue(style), false)));
    }

    /** A hue from a vendor's style class: String.hashCode is fixed by the language, so it never changes. */
    public static double hue(String styleClass) {
        return Math.floorMod(styleClass.hashCode(), 360);
    }

    /**
     * A strong colour of the hue as red, green and blue from 0 to 1, darkened (light theme) or paled (dark theme) until it
     * stands out from the tile as the style sheet's own accents do: a fixed brightness would leave yellows too light.
     */
    public static double[] accent(double hue, boolean dark) {
        double saturation = dark ? 0.55 : 0.80;
        double brightness = dark ? 0.97 : 0.80;
        double[] colour = hsb(hue, saturation, brightness);
        while (dark ? luminance(colour) < 0.32 : luminance(colour) > MAX_LIGHT_LUMINANCE) {
            if (dark) {
                saturation -= 0.02;
            } else {
                brightness -= 0.02;
            }
            colour = hsb(hue, saturation, brightness);
        }
        return colour;
    }

    /** The pale tint of the hue for tile backgrounds, as red, green and blue from 0 to 1. */
    public static double[] tint(double hue, boolean dark) {
        return dark ? hsb(hue, 0.55, 0.24) : hsb(hue, 0.07, 1.0);
    }

    /** The relative luminance, as WCAG defines it: 0 for black, 1 for white. */
    private static double luminance(double[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** Hue (degrees), saturation and brightness to red, green and blue, as JavaFX's {@code Color.hsb} computes them. */
    static double[] hsb(double hue, double saturation, double brightness) {
        double h = ((hue % 360) + 360) % 360 / 60;
        double f = h - Math.floor(h);
        double p = brightness * (1 - saturation);
        double q = brightness * (1 - saturation * f);
        double t = brightness * (1 - saturation * (1 - f));
        return switch ((int) Math.floor(h)) {
            case 0 -> new double[] {brightness, t, p};
            case 1 -> new double[] {q, brightness, p};
            case 2 -> new double[] {p, brightness, t};
            case 3 -> new double[] {p, q, brightness};
            case 4 -> new double[] {t, p, brightness};
            default -> new double[] {brightness, p, q};
        };
    }

    private static Color awt(double[] rgb) {
        return new Color((int) Math.round(rgb[0] * 255), (int) Math.round(rgb[1] * 255), (int) Math.round(rgb[2] * 255));
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
