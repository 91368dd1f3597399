package io.portolan.io.export;

/**
 * The columns of the Rules sheet and of the rules CSV, in order, with their header and the range of widths
 * (in characters) the sheet sizes them within.
 */
public enum RuleColumn implements RequestColumn {
    NUMBER("No.", 5, 7, false),
    RULE_ID("Rule id", 10, 26, true),
    FIREWALL("Firewall", 10, 24, true),
    SOURCE_ZONE("Source zone", 9, 16, true),
    SOURCE_NAME("Source name", 10, 24, true),
    SOURCE_HOST("Source host", 9, 24, true),
    SOURCE_ADDRESS("Source address", 9, 20, true),
    DESTINATION_ZONE("Destination zone", 12, 16, true),
    DESTINATION_NAME("Destination name", 12, 24, true),
    DESTINATION_HOST("Destination host", 12, 24, true),
    DESTINATION_ADDRESS("Destination address", 12, 20, true),
    PROTOCOL("Protocol", 9, 10, false),
    PORTS("Port(s)", 8, 22, true),
    PURPOSE("Service / purpose", 16, 34, true),
    CONDITION("Condition", 10, 24, true),
    REQUIRED("Required / optional", 9, 16, true),
    REFERENCE("Vendor reference", 16, 36, true),
    STATUS("Status", 11, 12, false),
    COMMENTS("Comments", 16, 30, true);

    /** The value every new row starts with in the Status column. */
    public static final String REQUESTED = "Requested";
    /** The values the Status drop-down offers, in the order a request moves through them. */
    public static final String[] STATUSES = {REQUESTED, "Approved", "Rejected", "Implemented"};

    private final String header;
    private final int minWidth;
    private final int maxWidth;
    private final boolean wraps;

    RuleColumn(String header, int minWidth, int maxWidth, boolean wraps) {
        this.header = header;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.wraps = wraps;
    }

    /** The column's header text. */
    @Override
    public String header() {
        return header;
    }

    /** The width in characters for the longest line in the column, kept within the column's range. */
    @Override
    public int width(int longestLine) {
        return RequestColumn.widthWithin(minWidth, maxWidth, longestLine);
    }

    /** True when long text wraps inside the cell instead of widening the column. */
    @Override
    public boolean wraps() {
        return wraps;
    }

    /** The column's key in JSON: its name in camel case ({@code sourceZone}). */
    @Override
    public String key() {
        return RequestColumn.camelCase(name());
    }

    /** The columns of a request that is not compared with anything, in order: all of them. */
    public static java.util.List<RequestColumn> request() {
        return java.util.List.of(values());
    }

    /** The headers of every column, in order. */
    public static String[] headers() {
        RuleColumn[] columns = values();
        String[] headers = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            headers[i] = columns[i].header;
        }
        return headers;
    }
}
