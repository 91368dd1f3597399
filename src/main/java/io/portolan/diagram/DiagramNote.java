package io.portolan.diagram;

/**
 * A numbered note beside a picture: the label of an edge that found no free place on it.
 *
 * @param number the number the edge carries on the picture
 * @param text the edge's two ends and its label, whole
 */
public record DiagramNote(int number, String text) {
}
