package io.portolan.compare;

import io.portolan.model.Node;

/**
 * Numbers of the nodes of one revision, by identity, in an open-addressed table of primitive numbers: the comparison
 * asks it for both ends of every rule of a request.
 */
final class NodeNumbers {

    private final Node[] nodes;
    private final int[] numbers;
    private final int mask;

    NodeNumbers(int capacity) {
        int slots = Integer.highestOneBit(Math.max(8, capacity) * 4 - 1);
        nodes = new Node[slots];
        numbers = new int[slots];
        mask = slots - 1;
    }

    /** Numbers the node; a node is numbered once. */
    void put(Node node, int number) {
        int i = slot(node);
        while (nodes[i] != null && nodes[i] != node) {
            i = (i + 1) & mask;
        }
        nodes[i] = node;
        numbers[i] = number;
    }

    /**
     * The node's number.
     *
     * @throws IllegalArgumentException when the node is not of the revision
     */
    int get(Node node) {
        for (int i = slot(node); nodes[i] != null; i = (i + 1) & mask) {
            if (nodes[i] == node) {
                return numbers[i];
            }
        }
        throw new IllegalArgumentException("node '" + node.id() + "' is not in the design compared");
    }

    private int slot(Node node) {
        int h = System.identityHashCode(node) * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
