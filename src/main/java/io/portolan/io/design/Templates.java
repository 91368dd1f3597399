package io.portolan.io.design;

import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.catalog.Catalog;
import io.portolan.json.JsonTrees;
import io.portolan.model.Design;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The reference designs shipped with Portolan: one per vendor architecture, so that a walkthrough starts
 * from a real picture. They are design files under {@code io/portolan/templates/}, listed in
 * {@code index.json} in the order a menu shows them.
 */
public final class Templates {

    /** The template the window opens on. */
    public static final String DEFAULT = "citrix-onprem";

    private static final String FOLDER = "/io/portolan/templates/";

    private Templates() {
    }

    /**
     * One template as a menu lists it.
     *
     * @param name the short name the command line takes, e.g. {@code citrix-onprem}
     * @param title the title a menu shows
     * @param description one or two sentences on what the design holds
     */
    public record Template(String name, String title, String description) {
        public Template {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
        }
    }

    /** Every template, in menu order. */
    public static List<Template> list() {
        JsonNode index = readIndex();
        List<Template> templates = new ArrayList<>();
        for (JsonNode item : index.path("templates")) {
            templates.add(new Template(item.path("name").asText(), item.path("title").asText(),
                    item.path("description").asText()));
        }
        return List.copyOf(templates);
    }

    /** The template with the name, compared case-insensitively. */
    public static Template find(String name) throws UnknownTemplateException {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        List<Template> templates = list();
        for (Template template : templates) {
            if (template.name().equals(wanted)) {
                return template;
            }
        }
        throw new UnknownTemplateException(name, templates.stream().map(Template::name).toList());
    }

    /**
     * The design of the named template, read against the catalog.
     *
     * @throws UnknownTemplateException naming the known templates when there is none of that name
     */
    public static Design load(String name, Catalog catalog) throws UnknownTemplateException {
        Template template = find(name);
        String file = template.name() + DesignFile.EXTENSION;
        try {
            return DesignFile.parse(resource(file), file, catalog);
        } catch (DesignFileException e) {
            throw new IllegalStateException("the built-in template " + file + " does not match the catalog: " + e.getMessage(), e);
        }
    }

    private static JsonNode readIndex() {
        try {
            return JsonTrees.read(resource("index.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("the template index is not valid JSON", e);
        }
    }

    private static String resource(String file) {
        try (InputStream in = Templates.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the built-in template resource " + FOLDER + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in template resource " + FOLDER + file, e);
        }
    }

    /** A template name that Portolan does not ship; the message lists the names it does. */
    public static final class UnknownTemplateException extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient List<String> known;

        public UnknownTemplateException(String name, List<String> known) {
            super("unknown template '" + name + "'; the templates are: " + String.join(", ", known));
            this.known = List.copyOf(known);
        }

        /** The names of the templates there are, in menu order. */
        public List<String> known() {
            return known;
        }
    }
}
