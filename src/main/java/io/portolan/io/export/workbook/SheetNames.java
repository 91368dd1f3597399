package io.portolan.io.export.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Gives each sheet a name a spreadsheet accepts: at most 31 characters, none of {@code []:*?/\}, not
 * starting or ending with an apostrophe, and unique regardless of case. A long implicit boundary name
 * loses its {@code boundary} suffix before anything else is cut. A repeated name gets
 * {@code (2)}, {@code (3)}, ... within the 31 characters.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final String FALLBACK = "Firewall";
    /** How the engine ends the name of an implicit boundary; dropped when the name is too long to keep it. */
    private static final String BOUNDARY = " boundary";

    private final Set<String> used = new HashSet<>();

    /** A namer with the given names already taken; Excel keeps {@code History} for itself. */
    SheetNames(String... taken) {
        used.add(key("History"));
        for (String name : taken) {
            used.add(key(name));
        }
    }

    /** A valid name, not used before, as close to the wanted one as the rules allow; it is then taken. */
    String unique(String wanted) {
        String base = safe(wanted);
        String name = base;
        for (int n = 2; used.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            String stem = base.length() + suffix.length() > MAX_LENGTH ? cut(base, MAX_LENGTH - suffix.length()).strip() : base;
            name = stem + suffix;
        }
        used.add(key(name));
        return name;
    }

    /**
     * The name of a listing's sheet after its first: the first's name with {@code (2)}, {@code (3)}, ... after it, the
     * name cut to leave room within the 31 characters.
     */
    static String continued(String first, int part) {
        String suffix = " (" + part + ")";
        return cut(first, MAX_LENGTH - suffix.length()).strip() + suffix;
    }

    /** The wanted name made valid: slashes and other forbidden characters become dashes. */
    static String safe(String wanted) {
        String text = wanted == null ? "" : wanted.replace(" / ", " - ").strip();
        if (text.isEmpty()) {
            return FALLBACK;
        }
        if (text.length() > MAX_LENGTH && text.endsWith(BOUNDARY)) {
            text = text.substring(0, text.length() - BOUNDARY.length()).strip();
        }
        String safe = WorkbookUtil.createSafeSheetName(cut(printable(text), MAX_LENGTH), '-').strip();
        while (safe.startsWith("'")) {
            safe = safe.substring(1);
        }
        while (safe.endsWith("'")) {
            safe = safe.substring(0, safe.length() - 1);
        }
        safe = safe.strip();
        return safe.isEmpty() ? FALLBACK : safe;
    }

    /** The text with control characters, lone surrogates and non-characters as spaces: no sheet name may hold them. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** The text cut to at most {@code max} characters, never between the two halves of one code point (an emoji). */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
