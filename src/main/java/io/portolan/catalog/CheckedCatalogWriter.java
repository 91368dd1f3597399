package io.portolan.catalog;

import io.portolan.model.PortRange;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Checks the built-in catalog once, when Portolan is built, and writes what the check gives in a compact form
 * beside the catalog files ({@value CheckedCatalogReader#FILE_NAME}), with the length and CRC-32C of each file it was
 * checked from. At start {@link CatalogLoader#loadBuiltIn()} reads that form instead of parsing and checking the
 * JSON again, as long as every file is still the one that was checked; otherwise it checks the files in full.
 *
 * <p>The build runs {@code main} on the folder of the built catalog files ({@code target/classes/io/portolan/catalog}).
 */
public final class CheckedCatalogWriter {

    private final DataOutputStream out;

    private CheckedCatalogWriter(DataOutputStream out) {
        this.out = out;
    }

    /**
     * Checks the catalog files in the folder and writes their checked form into the same folder.
     *
     * @param args the folder of the built-in catalog files
     * @throws IOException when the folder cannot be read or the file written
     * @throws CatalogException when the catalog has a problem: the build fails and names it
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("expected the folder of the built-in catalog files");
        }
        Path folder = Path.of(args[0]);
        List<CatalogLoader.Source> sources = CatalogLoader.readBuiltIn(folder);
        Files.write(folder.resolve(CheckedCatalogReader.FILE_NAME), encode(sources, CatalogLoader.load(sources)));
    }

    /** The checked form of a catalog loaded from these sources. */
    static byte[] encode(List<CatalogLoader.Source> sources, Catalog catalog) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            new CheckedCatalogWriter(data).write(sources, catalog);
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen writing to memory", e);
        }
        return bytes.toByteArray();
    }

    private void write(List<CatalogLoader.Source> sources, Catalog catalog) throws IOException {
        out.writeUTF(CheckedCatalogReader.MAGIC);
        out.writeInt(sources.size());
        for (CatalogLoader.Source source : sources) {
            byte[] text = source.text().getBytes(StandardCharsets.UTF_8);
            out.writeUTF(source.name());
            out.writeInt(text.length);
            out.writeLong(CheckedCatalogReader.checksum(text));
        }
        strings(catalog.files());
        out.writeInt(catalog.types().size());
        for (ComponentType type : catalog.types()) {
            type(type);
        }
        out.writeInt(catalog.rules().size());
        for (PortRule rule : catalog.rules()) {
            rule(rule);
        }
        out.writeInt(catalog.sequences().size());
        for (ConnectionSequence sequence : catalog.sequences()) {
            sequence(sequence);
        }
    }

    private void type(ComponentType type) throws IOException {
        text(type.id());
        text(type.name());
        text(type.vendor());
        text(type.product());
        text(type.category().name());
        text(type.icon());
        text(type.zone().name());
        strings(type.avoidZones().stream().map(Enum::name).sorted().toList());
        strings(type.tags());
        out.writeInt(type.features().size());
        for (Feature feature : type.features()) {
            text(feature.id());
            text(feature.name());
            out.writeBoolean(feature.defaultOn());
            text(feature.description());
        }
        strings(type.hosts());
        strings(type.addresses().stream().map(Enum::name).toList());
        out.writeInt(type.settings().size());
        for (Setting setting : type.settings()) {
            text(setting.id());
            text(setting.name());
            out.writeInt(setting.defaultValue());
            text(setting.description());
        }
        text(type.description());
        text(type.source());
    }

    private void rule(PortRule rule) throws IOException {
        text(rule.id());
        selector(rule.from());
        selector(rule.to());
        text(rule.protocol().name());
        out.writeInt(rule.ipProtocol() == null ? -1 : rule.ipProtocol());
        out.writeInt(rule.ports().ranges().size());
        for (PortRange range : rule.ports().ranges()) {
            out.writeInt(range.low());
            out.writeInt(range.high());
        }
        text(rule.portNote());
        text(rule.purpose());
        strings(rule.condition());
        out.writeBoolean(rule.optional());
        out.writeBoolean(rule.bidirectional());
        out.writeBoolean(rule.local());
        strings(rule.requires());
        out.writeBoolean(rule.temporary());
        text(rule.fromAddress().name());
        text(rule.toAddress().name());
        text(rule.portSetting());
        strings(rule.viaGateways());
        reference(rule.reference());
        text(rule.source());
    }

    private void sequence(ConnectionSequence sequence) throws IOException {
        text(sequence.id());
        text(sequence.name());
        text(sequence.vendor());
        text(sequence.kind().name());
        text(sequence.description());
        strings(sequence.requires());
        out.writeInt(sequence.steps().size());
        for (SequenceStep step : sequence.steps()) {
            text(step.title());
            text(step.narrative());
            strings(step.ruleIds());
            selector(step.from());
            selector(step.to());
            strings(step.place());
            out.writeBoolean(step.optional());
            reference(step.reference());
        }
        text(sequence.source());
    }

    private void reference(Reference reference) throws IOException {
        out.writeBoolean(reference != null);
        if (reference != null) {
            text(reference.document());
            text(reference.section());
            text(reference.note());
        }
    }

    private void selector(TypeSelector selector) throws IOException {
        text(selector == null ? null : selector.text());
    }

    private void strings(Collection<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            text(value);
        }
    }

    /** A string that may be null: a flag, then the string. */
    private void text(String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }
}
