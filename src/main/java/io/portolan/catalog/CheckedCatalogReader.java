package io.portolan.catalog;

import io.portolan.model.AddressRole;
import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * Reads the checked form of the built-in catalog that {@link CheckedCatalogWriter} made when Portolan was built. It
 * is used only while every catalog file is byte for byte the one that was checked (same length and CRC-32C, a check
 * against files changed since the build, not against someone who can change the program itself); otherwise the
 * caller checks the files in full.
 */
final class CheckedCatalogReader {

    /** The name of the checked form among the built-in catalog files. */
    static final String FILE_NAME = "checked-catalog.bin";
    /** The first string of the checked form: its format, changed whenever the layout changes. */
    static final String MAGIC = "portolan-checked-catalog-1";

    private final DataInputStream in;

    private CheckedCatalogReader(DataInputStream in) {
        this.in = in;
    }

    /** The CRC-32C of a file's bytes. */
    static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return crc.getValue();
    }

    /**
     * The checked catalog, when there is a checked form and every file it was checked from is unchanged.
     *
     * @param resources opens a file of the built-in catalog folder by name; gives null for a file that is not there
     */
    static Optional<Catalog> read(Function<String, InputStream> resources) throws IOException {
        byte[] form = readAll(resources, FILE_NAME);
        if (form == null) {
            return Optional.empty();
        }
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(form))) {
            if (!MAGIC.equals(data.readUTF())) {
                return Optional.empty();
            }
            CheckedCatalogReader reader = new CheckedCatalogReader(data);
            return reader.filesUnchanged(resources) ? Optional.of(reader.catalog()) : Optional.empty();
        }
    }

    private static byte[] readAll(Function<String, InputStream> resources, String name) throws IOException {
        try (InputStream stream = resources.apply(name)) {
            return stream == null ? null : stream.readAllBytes();
        }
    }

    private boolean filesUnchanged(Function<String, InputStream> resources) throws IOException {
        int count = in.readInt();
        boolean unchanged = true;
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            int length = in.readInt();
            long checksum = in.readLong();
            byte[] text = unchanged ? readAll(resources, name) : null;
            unchanged = text != null && text.length == length && checksum(text) == checksum;
        }
        return unchanged;
    }

    private Catalog catalog() throws IOException {
        List<String> files = strings();
        List<ComponentType> types = list(this::type);
        List<PortRule> rules = list(this::rule);
        List<ConnectionSequence> sequences = list(this::sequence);
        return new Catalog(types, rules, sequences, files);
    }

    private ComponentType type() throws IOException {
        String id = text();
        String name = text();
        String vendor = text();
        String product = text();
        Category category = Category.valueOf(text());
        String icon = text();
        ZoneKind zone = ZoneKind.valueOf(text());
        Set<ZoneKind> avoid = EnumSet.noneOf(ZoneKind.class);
        strings().forEach(kind -> avoid.add(ZoneKind.valueOf(kind)));
        List<String> tags = strings();
        List<Feature> features = list(() -> new Feature(text(), text(), in.readBoolean(), text()));
        List<String> hosts = strings();
        List<AddressRole> addresses = strings().stream().map(AddressRole::valueOf).toList();
        List<Setting> settings = list(() -> new Setting(text(), text(), in.readInt(), text()));
        return new ComponentType(id, name, vendor, product, category, icon, zone, avoid, tags, features, hosts, addresses,
                settings, text(), text());
    }

    private PortRule rule() throws IOException {
        String id = text();
        TypeSelector from = selector();
        TypeSelector to = selector();
        Protocol protocol = Protocol.valueOf(text());
        int number = in.readInt();
        List<PortRange> ranges = list(() -> new PortRange(in.readInt(), in.readInt()));
        String portNote = text();
        String purpose = text();
        List<String> condition = strings();
        boolean optional = in.readBoolean();
        boolean bidirectional = in.readBoolean();
        boolean local = in.readBoolean();
        List<String> requires = strings();
        boolean temporary = in.readBoolean();
        AddressRole fromAddress = AddressRole.valueOf(text());
        AddressRole toAddress = AddressRole.valueOf(text());
        String portSetting = text();
        List<String> viaGateways = strings();
        return new PortRule(id, from, to, protocol, number < 0 ? null : number, PortSet.of(ranges), portNote, purpose, condition,
                optional, bidirectional, local, requires, temporary, fromAddress, toAddress, portSetting, viaGateways,
                reference(), text());
    }

    private ConnectionSequence sequence() throws IOException {
        String id = text();
        String name = text();
        String vendor = text();
        SequenceKind kind = SequenceKind.valueOf(text());
        String description = text();
        List<String> requires = strings();
        List<SequenceStep> steps = list(() -> new SequenceStep(text(), text(), strings(), selector(), selector(), strings(),
                in.readBoolean(), reference()));
        return new ConnectionSequence(id, name, vendor, kind, description, requires, steps, text());
    }

    private Reference reference() throws IOException {
        return in.readBoolean() ? new Reference(text(), text(), text()) : null;
    }

    private TypeSelector selector() throws IOException {
        String text = text();
        return text == null ? null : new TypeSelector(text);
    }

    private List<String> strings() throws IOException {
        return list(this::text);
    }

    private String text() throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** Reads one item of a list. */
    @FunctionalInterface
    private interface Item<T> {
        T read() throws IOException;
    }

    private <T> List<T> list(Item<T> item) throws IOException {
        int count = in.readInt();
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(item.read());
        }
        return values;
    }
}
