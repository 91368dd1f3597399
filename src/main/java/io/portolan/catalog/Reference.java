package io.portolan.catalog;

/**
 * Where a port rule comes from, so that every rule in a request can be justified.
 *
 * @param document the vendor document's title
 * @param section the section heading the row sits under
 * @param note how the row was read where that needed judgement (an implied port, a direction);
 *     null when the row is taken as written
 */
public record Reference(String document, String section, String note) {

    /** {@code Document title, section "Heading"}. */
    public String citation() {
        return document + ", section \"" + section + "\"";
    }
}
