package io.portolan.ui.document;

import io.portolan.engine.Flow;
import io.portolan.model.Design;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What the user has picked: zones, firewalls and nodes by id, or one edge (a pair of nodes), and the flow
 * highlighted from the flows table. Shared by the canvas, the inspector and the flows table.
 */
public final class Selection {

    /**
     * An edge of the diagram: the two nodes, in a fixed order so that A-B and B-A are the same edge.
     *
     * @param first the node id that sorts first
     * @param second the other node id
     */
    public record EdgeKey(String first, String second) {
        /** The key of the edge between two nodes, in either direction. */
        public static EdgeKey of(String a, String b) {
            return a.compareTo(b) <= 0 ? new EdgeKey(a, b) : new EdgeKey(b, a);
        }

        // ids such as n1..n999 have close string hashes; the record's 31 * a + b would pile them in few buckets
        @Override
        public int hashCode() {
            int h = first.hashCode() * 0x9E3779B9 + second.hashCode();
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            return h ^ (h >>> 13);
        }

        /** True when the node is one of the two ends. */
        public boolean touches(String nodeId) {
            return first.equals(nodeId) || second.equals(nodeId);
        }
    }

    private final ObservableSet<String> ids = FXCollections.observableSet();
    // one wrapper for the life of the selection: listeners added to a wrapper that is dropped would be lost
    private final ObservableSet<String> readOnlyIds = FXCollections.unmodifiableObservableSet(ids);
    private final ObjectProperty<EdgeKey> edge = new SimpleObjectProperty<>(this, "edge");
    private final ObjectProperty<Flow> highlightedFlow = new SimpleObjectProperty<>(this, "highlightedFlow");

    /** The selected zone, firewall and node ids. Change it through the methods below. */
    public ObservableSet<String> ids() {
        return readOnlyIds;
    }

    /** A copy of the selected ids. */
    public Set<String> snapshot() {
        return Set.copyOf(ids);
    }

    public boolean isEmpty() {
        return ids.isEmpty() && edge.get() == null;
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** Selects exactly the ids (and no edge). */
    public void set(Collection<String> selected) {
        edge.set(null);
        if (!ids.equals(Set.copyOf(selected))) {
            ids.retainAll(selected);
            ids.addAll(selected);
        }
    }

    /** Selects the id alone. */
    public void select(String id) {
        set(List.of(id));
    }

    /** Adds the id to the selection, or takes it out when it is in it. */
    public void toggle(String id) {
        edge.set(null);
        if (!ids.remove(id)) {
            ids.add(id);
        }
    }

    public void clear() {
        edge.set(null);
        ids.clear();
        highlightedFlow.set(null);
    }

    /** The selected edge, or null. */
    public ObjectProperty<EdgeKey> edgeProperty() {
        return edge;
    }

    /** Selects one edge (and no zone, firewall or node). */
    public void selectEdge(EdgeKey key) {
        ids.clear();
        edge.set(key);
    }

    /** The flow picked in the flows table, whose edge and nodes the canvas highlights; null for none. */
    public ObjectProperty<Flow> highlightedFlowProperty() {
        return highlightedFlow;
    }

    /** Drops ids that are no longer in the design, e.g. after undo. */
    public void prune(Design design) {
        Set<String> gone = ids.stream().filter(id -> !design.containsId(id)).collect(Collectors.toSet());
        ids.removeAll(gone);
        EdgeKey key = edge.get();
        if (key != null && (design.node(key.first()).isEmpty() || design.node(key.second()).isEmpty())) {
            edge.set(null);
        }
    }

    /** The selected ids that are nodes of the design. */
    public List<String> nodeIds(Design design) {
        return ids.stream().filter(id -> design.node(id).isPresent()).sorted().toList();
    }
}
