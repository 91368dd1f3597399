package io.portolan.io.export.workbook;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;

/** The paper a workbook prints on, with its size in points (portrait) and its code in the file. */
public enum PaperSize {
    A4("A4", 595.3, 841.9, PrintSetup.A4_PAPERSIZE),
    A3("A3", 841.9, 1190.6, PrintSetup.A3_PAPERSIZE),
    LETTER("Letter", 612, 792, PrintSetup.LETTER_PAPERSIZE),
    LEGAL("Legal", 612, 1008, PrintSetup.LEGAL_PAPERSIZE),
    TABLOID("Tabloid", 792, 1224, PrintSetup.TABLOID_PAPERSIZE);

    /** Where US Letter is the usual paper, as the Unicode CLDR lists the territories; A4 everywhere else. */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "PR", "BZ", "CL", "CO", "CR", "GT", "NI",
            "PA", "SV", "VE");

    private final String label;
    private final double width;
    private final double height;
    private final short code;

    PaperSize(String label, double width, double height, short code) {
        this.label = label;
        this.width = width;
        this.height = height;
        this.code = code;
    }

    /** The paper's name as people write it: {@code A4}, {@code Letter}. */
    public String label() {
        return label;
    }

    /** The width of the paper held upright, in points. */
    double width() {
        return width;
    }

    /** The height of the paper held upright, in points. */
    double height() {
        return height;
    }

    /** The paper's code in a workbook's page setup. */
    short code() {
        return code;
    }

    /** The usual paper where the locale's country is: Letter in the Americas' Letter countries and the Philippines, else A4. */
    public static PaperSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** The paper named (a4, a3, letter, legal, tabloid, any case); empty for any other word. */
    public static Optional<PaperSize> parse(String text) {
        for (PaperSize paper : values()) {
            if (paper.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(paper);
            }
        }
        return Optional.empty();
    }
}
