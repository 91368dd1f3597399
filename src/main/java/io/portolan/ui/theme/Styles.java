package io.portolan.ui.theme;

/** The style-class names the views use; the rules are in {@code portolan.css}. */
public final class Styles {

    public static final String STYLESHEET = "/io/portolan/ui/portolan.css";

    public static final String GLYPH = "glyph";

    public static final String CANVAS = "diagram";
    public static final String ZONE = "zone";
    public static final String ZONE_BODY = "zone-body";
    public static final String ZONE_HEADER = "zone-header";
    public static final String ZONE_NAME = "zone-name";
    public static final String ZONE_DETAIL = "zone-detail";
    public static final String ZONE_HANDLE = "zone-handle";
    public static final String NODE = "diagram-node";
    public static final String NODE_TILE = "node-tile";
    /** Added to the tile of a node whose type the catalog does not know. */
    public static final String NODE_TILE_UNKNOWN = "node-tile-unknown";
    public static final String NODE_NAME = "node-name";
    public static final String NODE_NAME_TEXT = "node-name-text";
    public static final String NODE_BADGE = "node-badge";
    public static final String NODE_BADGE_TEXT = "node-badge-text";
    public static final String FIREWALL = "firewall";
    public static final String FIREWALL_SHAPE = "firewall-shape";
    public static final String FIREWALL_GLYPH = "firewall-glyph";
    public static final String FIREWALL_NAME = "firewall-name";
    public static final String FIREWALL_HANDLE = "firewall-handle";
    public static final String FIREWALL_LINK = "firewall-link";
    public static final String EDGE = "edge";
    public static final String EDGE_LINE = "edge-line";
    public static final String EDGE_LABEL = "edge-label";
    public static final String EDGE_LABEL_PORTS = "edge-label-ports";
    public static final String EDGE_LABEL_VIA = "edge-label-via";
    public static final String EDGE_CROSSING = "crossing";
    public static final String EDGE_SAME_ZONE = "same-zone";
    public static final String EDGE_UNROUTABLE = "unroutable";
    /** The halo under an edge a comparison marks, and the marks themselves (see {@code Comparison}). */
    public static final String EDGE_MARK = "edge-mark";
    public static final String RULES_ADDED = "rules-added";
    public static final String RULES_REMOVED = "rules-removed";
    public static final String RULES_CHANGED = "rules-changed";
    public static final String RULES_ALLOWED = "rules-allowed";
    public static final String RULES_PARTLY = "rules-partly";
    public static final String EDGE_LABEL_MARK = "edge-label-mark";
    public static final String COMPARISON_CHIP = "comparison-chip";
    public static final String RUBBER_BAND = "rubber-band";
    /** The canvas's caption of the walkthrough step shown, and its parts. */
    public static final String CAPTION = "walkthrough-caption";
    public static final String CAPTION_HEADER = "caption-header";
    public static final String CAPTION_TITLE = "caption-title";
    public static final String CAPTION_NARRATIVE = "caption-narrative";
    public static final String CAPTION_FLOW = "caption-flow";
    public static final String CAPTION_MISSING = "caption-missing";
    public static final String CAPTION_REFERENCE = "caption-reference";
    public static final String CAPTION_CLOSE = "caption-close";
    public static final String LINK_PREVIEW = "link-preview";

    public static final String PALETTE = "palette";
    public static final String PALETTE_ENTRY = "palette-entry";
    public static final String PALETTE_GROUP = "palette-group";
    public static final String PALETTE_TILE = "palette-tile";
    public static final String DRAG_GHOST = "drag-ghost";

    public static final String INSPECTOR = "inspector";
    public static final String INSPECTOR_HEADER = "inspector-header";
    public static final String INSPECTOR_TITLE = "inspector-title";
    public static final String INSPECTOR_SUBTITLE = "inspector-subtitle";
    public static final String INSPECTOR_SECTION = "inspector-section";
    public static final String INVALID = "invalid";

    public static final String FLOWS = "flows";
    public static final String FLOWS_BAR = "flows-bar";
    /** The hint over the canvas of a design with no component yet. */
    public static final String START_HINT = "start-hint";
    /** The pseudo-class of an inspector editor whose selected nodes hold different values. */
    public static final String MIXED = "mixed";
    /** What the flows table says when it shows no row. */
    public static final String TABLE_PLACEHOLDER = "table-placeholder";
    public static final String FLOW_SUPPRESSED = "flow-suppressed";
    public static final String FLOW_CUSTOM = "flow-custom";
    public static final String FLOW_CROSSING = "flow-crossing";
    public static final String FILTER_CHIP = "filter-chip";

    public static final String WALKTHROUGH = "walkthrough";
    public static final String WALKTHROUGH_SUMMARY = "walkthrough-summary";
    public static final String WALKTHROUGH_DESCRIPTION = "walkthrough-description";
    public static final String WALKTHROUGH_DETAIL = "walkthrough-detail";
    public static final String WALKTHROUGH_STEP_TITLE = "walkthrough-step-title";
    public static final String WALKTHROUGH_NARRATIVE = "walkthrough-narrative";
    public static final String WALKTHROUGH_MISSING = "walkthrough-missing";
    public static final String WALKTHROUGH_REFERENCE = "walkthrough-reference";
    /** The marks of a step the design carries, one it lacks, and an optional one it leaves out. */
    public static final String STEP_CARRIED = "step-carried";
    public static final String STEP_GAP = "step-gap";
    public static final String STEP_LEFT_OUT = "step-left-out";

    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_ITEM = "status-item";
    public static final String STATUS_WARNINGS = "status-warnings";
    public static final String PANEL_TITLE = "panel-title";

    /** The bar of long work (exports) over the status bar, and its parts and states. */
    public static final String TASK_BAR = "task-bar";
    public static final String TASK_ICON = "task-icon";
    public static final String TASK_MESSAGE = "task-message";
    public static final String TASK_DETAIL = "task-detail";
    public static final String TASK_DONE = "task-done";
    public static final String TASK_CANCELLED = "task-cancelled";
    /** The keyboard shortcuts help: its dialog, a menu's heading and a key. */
    public static final String SHORTCUTS_HELP = "shortcuts-help";
    public static final String SHORTCUT_GROUP = "shortcut-group";
    public static final String SHORTCUT_KEYS = "shortcut-keys";
    /** The facts of a design offered for recovery. */
    public static final String RECOVERY_FACTS = "recovery-facts";
    public static final String RECOVERY_KEY = "recovery-key";

    private Styles() {
    }
}
