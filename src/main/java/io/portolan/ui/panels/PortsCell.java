package io.portolan.ui.panels;

import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import java.util.List;

/**
 * A flow's ports as the flows table shows and sorts them: by number, range by range (22 before 135 before 1433; 443
 * before 443-444), so that sorting the column never orders them as text would (1433 before 22). Rows whose document
 * gives the ports only in words come last, in the order of their words.
 *
 * @param text what the cell shows
 * @param ranges the port ranges, ascending; empty when the document gives no number
 */
public record PortsCell(String text, List<PortRange> ranges) implements Comparable<PortsCell> {

    public PortsCell {
        ranges = List.copyOf(ranges);
    }

    /** The cell of a port set, shown as the text given. */
    static PortsCell of(String text, PortSet ports) {
        return new PortsCell(text, ports.ranges());
    }

    @Override
    public int compareTo(PortsCell other) {
        if (ranges.isEmpty() || other.ranges.isEmpty()) {
            return ranges.isEmpty() == other.ranges.isEmpty() ? text.compareTo(other.text) : ranges.isEmpty() ? 1 : -1;
        }
        for (int i = 0; i < Math.min(ranges.size(), other.ranges.size()); i++) {
            int c = ranges.get(i).compareTo(other.ranges.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(ranges.size(), other.ranges.size());
    }

    @Override
    public String toString() {
        return text;
    }
}
