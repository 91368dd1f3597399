package io.portolan.io.export;

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
}
