package io.portolan.io.export;


/** The columns a request gains when it is compared with an earlier revision or with the rulebase in place. */
public enum CompareColumn implements RequestColumn {
    /** {@code Add}, {@code Remove} or {@code Change}: what the firewall team does with the rule. */
    CHANGE("Change", 8, 9, false),
    /** For a changed rule, what changed: ports widened or narrowed, an address or a zone. */
    WHAT_CHANGED("What changed", 16, 36, true),
    /** Whether the rulebase in place already allows the rule, by which rules, and what it lacks. */
    ALREADY_ALLOWED("Already allowed", 14, 40, true);

    private final String header;
    private final int minWidth;
    private final int maxWidth;
    private final boolean wraps;

    CompareColumn(String header, int minWidth, int maxWidth, boolean wraps) {
        this.header = header;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.wraps = wraps;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public int width(int longestLine) {
        return RequestColumn.widthWithin(minWidth, maxWidth, longestLine);
    }

    @Override
    public boolean wraps() {
        return wraps;
    }

    @Override
    public String key() {
        return RequestColumn.camelCase(name());
    }
}
