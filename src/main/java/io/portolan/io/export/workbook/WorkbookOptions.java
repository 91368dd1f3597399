package io.portolan.io.export.workbook;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How a change-request workbook is written.
 *
 * @param detailed one row per flow instead of merged rules
 * @param diagramPng the diagram as PNG bytes, or null for none (the workbook then has no Diagram sheet)
 * @param date the request date, written on the Request sheet and as the file's creation date; null means today
 * @param paper the paper the sheets print on; null means the usual paper of this machine's locale
 */
public record WorkbookOptions(boolean detailed, byte[] diagramPng, LocalDate date, PaperSize paper) {

    public WorkbookOptions {
        diagramPng = diagramPng == null ? null : diagramPng.clone();
        date = date == null ? LocalDate.now() : date;
        paper = paper == null ? PaperSize.forLocale(Locale.getDefault(Locale.Category.FORMAT)) : paper;
    }

    /** Printing on the usual paper of this machine's locale. */
    public WorkbookOptions(boolean detailed, byte[] diagramPng, LocalDate date) {
        this(detailed, diagramPng, date, null);
    }

    /** Consolidated rules, no diagram, dated today, on the locale's paper. */
    public static WorkbookOptions defaults() {
        return new WorkbookOptions(false, null, LocalDate.now());
    }

    /** A copy of the diagram's PNG bytes, or null when there is no diagram. */
    @Override
    public byte[] diagramPng() {
        return diagramPng == null ? null : diagramPng.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkbookOptions other && detailed == other.detailed && date.equals(other.date) && paper == other.paper
                && java.util.Arrays.equals(diagramPng, other.diagramPng);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Boolean.hashCode(detailed) + date.hashCode()) + paper.ordinal()) + java.util.Arrays.hashCode(diagramPng);
    }

    @Override
    public String toString() {
        return "WorkbookOptions[detailed=" + detailed + ", diagram=" + (diagramPng == null ? "none" : diagramPng.length + " bytes")
                + ", date=" + date + ", paper=" + paper.label() + "]";
    }
}
