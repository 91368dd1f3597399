package io.portolan.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.portolan.catalog.CatalogReader.Located;
import io.portolan.json.JsonFields;
import io.portolan.trace.StartupTrace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads and validates catalog files: the built-in ones packaged with Portolan, and any folder of
 * extra files a user adds. Every problem of every file is reported at once in a {@link CatalogException}.
 */
public final class CatalogLoader {

    /** Where the built-in catalog files sit on the class path. */
    public static final String BUILT_IN_FOLDER = "io/portolan/catalog";
    /** The largest catalog file read; the shipped ones take a few hundred kilobytes. */
    public static final long MAX_FILE_BYTES = 16L << 20;

    private CatalogLoader() {
    }

    /** The text of one catalog file and the name that messages use for it. */
    public record Source(String name, String text) {
    }

    /**
     * The built-in catalog: the form checked when Portolan was built ({@link CheckedCatalogWriter}) while the catalog
     * files are those it was checked from, else the files checked in full.
     */
    public static Catalog loadBuiltIn() {
        ClassLoader loader = CatalogLoader.class.getClassLoader();
        return loadBuiltIn(name -> loader.getResourceAsStream(BUILT_IN_FOLDER + "/" + name), CatalogLoader::builtInSources);
    }

    /**
     * The checked form read through {@code resources} when it is there and every file it names is unchanged, else the
     * catalog of {@code sources} checked in full.
     */
    static Catalog loadBuiltIn(Function<String, InputStream> resources, Supplier<List<Source>> sources) {
        try {
            Optional<Catalog> checked = CheckedCatalogReader.read(resources);
            if (checked.isPresent()) {
                return checked.get();
            }
        } catch (IOException e) {
            // an unreadable checked form is no worse than none: the files are checked in full below
            StartupTrace.mark("the checked form of the built-in catalog cannot be read: " + e.getMessage());
        }
        StartupTrace.mark("built-in catalog checked in full (its checked form is missing or older than the files)");
        return load(sources.get());
    }

    /** The built-in catalog plus the catalog files in a user's folder (null for none), all checked in full. */
    public static Catalog loadBuiltInWith(Path extraFolder) {
        if (extraFolder == null) {
            return loadBuiltIn();
        }
        List<Source> sources = new ArrayList<>(builtInSources());
        sources.addAll(folderSources(extraFolder));
        return load(sources);
    }

    /** Validates the sources together, so that rules may refer to types of any file. */
    public static Catalog load(List<Source> sources) {
        List<CatalogProblem> problems = new ArrayList<>();
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        for (Source source : sources) {
            JsonNode tree = parse(source, problems);
            if (tree != null) {
                trees.put(source.name(), tree);
            }
        }
        Map<String, Located<String>> documents = new HashMap<>();
        Map<String, CatalogReader> readers = new LinkedHashMap<>();
        trees.forEach((name, tree) -> {
            CatalogReader reader = new CatalogReader(name, tree, problems);
            reader.readDocuments(documents);
            readers.put(name, reader);
        });
        List<Located<ComponentType>> types = new ArrayList<>();
        readers.values().forEach(reader -> types.addAll(reader.readTypes()));
        List<Located<PortRule>> rules = new ArrayList<>();
        readers.values().forEach(reader -> rules.addAll(reader.readRules(documents)));

        List<Located<ConnectionSequence>> sequences = new ArrayList<>();
        readers.values().forEach(reader -> sequences.addAll(reader.readSequences(documents)));

        List<ComponentType> uniqueTypes = new CatalogChecks(problems).check(types, rules);
        List<PortRule> ruleList = rules.stream().map(Located::value).toList();
        List<ConnectionSequence> checkedSequences = new SequenceChecks(problems, uniqueTypes, ruleList).check(sequences);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new Catalog(uniqueTypes, ruleList, checkedSequences, List.copyOf(trees.keySet()));
    }

    private static JsonNode parse(Source source, List<CatalogProblem> problems) {
        try {
            return JsonFields.readDocument(source.text());
        } catch (JsonProcessingException e) {
            problems.add(new CatalogProblem(source.name(), JsonFields.errorPlace(e), JsonFields.errorMessage(e, "catalog")));
            return null;
        }
    }

    /** The catalog files in a folder, sorted by name; a folder that cannot be read is a catalog problem. */
    public static List<Source> folderSources(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CatalogException(List.of(new CatalogProblem(folder.toString(), "$", "not a folder of catalog files")));
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> jsonFiles = files.filter(CatalogLoader::isCatalogFile).sorted().toList();
            List<Source> sources = new ArrayList<>();
            for (Path file : jsonFiles) {
                sources.add(new Source(file.toString(), readText(file)));
            }
            return sources;
        } catch (IOException e) {
            throw new CatalogException(List.of(new CatalogProblem(folder.toString(), "$", "cannot be read: " + e.getMessage())));
        }
    }

    private static String readText(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new CatalogException(List.of(new CatalogProblem(file.toString(), "$", "the file is larger than a catalog file "
                    + "can be (" + (MAX_FILE_BYTES >> 20) + " MB): is it the right file?")));
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new CatalogException(List.of(new CatalogProblem(file.toString(), "$",
                    "the file is not UTF-8 text; a catalog file is JSON saved as UTF-8")));
        }
    }

    /** The built-in catalog files, {@code common.json} first, then the others by name. */
    public static List<Source> builtInSources() {
        URL anchor = CatalogLoader.class.getClassLoader().getResource(BUILT_IN_FOLDER + "/common.json");
        if (anchor == null) {
            throw new IllegalStateException("the built-in catalog is missing from the class path (" + BUILT_IN_FOLDER + ")");
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri);
            }
            return readBuiltIn(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the built-in catalog: " + e.getMessage(), e));
        }
    }

    private static List<Source> fromJar(URI uri) throws IOException {
        FileSystem jar;
        boolean opened = false;
        try {
            jar = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        }
        try {
            return readBuiltIn(jar.getPath("/" + BUILT_IN_FOLDER));
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    /** The catalog files of a built-in folder, {@code common.json} first, named by their file names. */
    static List<Source> readBuiltIn(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(CatalogLoader::isCatalogFile)
                    .sorted((a, b) -> {
                        boolean aCommon = a.getFileName().toString().equals("common.json");
                        boolean bCommon = b.getFileName().toString().equals("common.json");
                        if (aCommon != bCommon) {
                            return aCommon ? -1 : 1;
                        }
                        return a.getFileName().toString().compareTo(b.getFileName().toString());
                    })
                    .toList();
        }
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                sources.add(new Source(file.getFileName().toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return sources;
    }

    private static boolean isCatalogFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith(".schema.json") && Files.isRegularFile(file);
    }
}
