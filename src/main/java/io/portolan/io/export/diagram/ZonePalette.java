package io.portolan.io.export.diagram;

import io.portolan.model.ZoneKind;
import java.awt.Color;

/** The colours of a zone by its kind: a light fill and a darker border and label. */
record ZonePalette(Color fill, Color border) {

    static ZonePalette of(ZoneKind kind) {
        return switch (kind) {
            case INTERNET -> new ZonePalette(new Color(0xE3, 0xF0, 0xFB), new Color(0x2B, 0x6C, 0xB0));
            case DMZ -> new ZonePalette(new Color(0xFD, 0xF0, 0xDA), new Color(0xB7, 0x79, 0x1F));
            case INTERNAL -> new ZonePalette(new Color(0xE4, 0xF4, 0xE6), new Color(0x2F, 0x85, 0x3F));
            case CLOUD -> new ZonePalette(new Color(0xEE, 0xE8, 0xF8), new Color(0x6B, 0x46, 0xC1));
            case MANAGEMENT -> new ZonePalette(new Color(0xF1, 0xF1, 0xF1), new Color(0x55, 0x55, 0x55));
            case CUSTOM -> new ZonePalette(new Color(0xE6, 0xF5, 0xF5), new Color(0x23, 0x7C, 0x7C));
        };
    }
}
