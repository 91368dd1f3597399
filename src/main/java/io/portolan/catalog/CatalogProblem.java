package io.portolan.catalog;

/**
 * One thing wrong with a catalog file.
 *
 * @param file the file name as the user knows it
 * @param path JSON path of the offending value, e.g. {@code $.rules[12].ports}
 * @param message what is wrong and, where it helps, how to fix it
 */
public record CatalogProblem(String file, String path, String message) {

    /** {@code citrix.json $.rules[12].ports: port 70000 is outside 1..65535}. */
    @Override
    public String toString() {
        return "$".equals(path) ? file + ": " + message : file + " " + path + ": " + message;
    }
}
