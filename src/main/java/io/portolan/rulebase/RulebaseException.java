package io.portolan.rulebase;

/**
 * A rulebase or objects file that cannot be read, with the place: the file, the row (counting the header as row 1, as
 * a spreadsheet numbers them) and the column, and what is wrong there.
 */
public final class RulebaseException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A problem at a row and column of a file; {@code row} 0 and {@code column} null for the file as a whole. */
    public RulebaseException(String file, int row, String column, String message) {
        super(file + (row > 0 ? " row " + row : "") + (column != null ? ", column '" + column + "'" : "") + ": " + message);
    }
}
