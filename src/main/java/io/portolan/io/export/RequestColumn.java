package io.portolan.io.export;

import java.util.Locale;

/**
 * A column of the Rules sheet and of the rules CSV and JSON: one of the request's own {@link RuleColumn}s, or one
 * that comparing the request with an earlier one or with a rulebase adds ({@link CompareColumn}).
 */
public interface RequestColumn {

    /** The column's header text. */
    String header();

    /** The width in characters for the longest line in the column, kept within the column's range. */
    int width(int longestLine);

    /** True when long text wraps inside the cell instead of widening the column. */
    boolean wraps();

    /** The column's key in JSON, in camel case. */
    String key();

    /** A width for the longest line within a column's range, with a character to spare on each side. */
    static int widthWithin(int minWidth, int maxWidth, int longestLine) {
        return Math.max(minWidth, Math.min(maxWidth, longestLine + 2));
    }

    /** The camel-case key of a column's constant name: {@code SOURCE_ZONE} is {@code sourceZone}. */
    static String camelCase(String constantName) {
        StringBuilder key = new StringBuilder();
        for (String word : constantName.toLowerCase(Locale.ROOT).split("_")) {
            key.append(key.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return key.toString();
    }
}
