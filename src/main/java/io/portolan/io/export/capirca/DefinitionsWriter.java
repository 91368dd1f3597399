package io.portolan.io.export.capirca;

import io.portolan.io.export.objects.AddressObject;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ServiceObject;
import io.portolan.model.PortRange;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes Capirca's naming definitions: {@code NETWORK.net} with a token per address object (a single object as
 * its CIDR blocks, since Capirca knows no ranges; a group as its members' tokens) and {@code SERVICES.svc} with a
 * token per service object that has ports.
 */
final class DefinitionsWriter {

    private final FirewallObjects objects;

    DefinitionsWriter(FirewallObjects objects) {
        this.objects = objects;
    }

    /** Writes NETWORK.net. */
    void networks(Writer out, String title) throws IOException {
        out.write("# Address objects of " + PolicyText.ascii(title) + ", written by Portolan.\n");
        out.write("# A node's address, a zone's ranges (NAME_NET), or a group of other objects; ranges as CIDR blocks.\n\n");
        for (AddressObject object : objects.addresses()) {
            List<String> values = new ArrayList<>();
            if (object.isGroup()) {
                object.members().forEach(m -> values.add(m.name()));
            } else {
                values.addAll(object.item().prefixBlocks());
            }
            String note = object.kind() == AddressObject.Kind.RANGE ? object.item().canonical() + ": " : "";
            token(out, object.name(), values, note + object.description());
        }
    }

    /**
     * Writes SERVICES.svc.
     *
     * @param anySourcePort the name of a token holding every TCP and UDP port, or null for none
     */
    void services(Writer out, String title, String anySourcePort) throws IOException {
        out.write("# Service objects of " + PolicyText.ascii(title) + ", written by Portolan.\n");
        out.write("# Services without ports (ICMP, IP protocols) are a term's protocol and need no token.\n\n");
        for (ServiceObject service : objects.services()) {
            if (service.isGroup()) {
                List<String> members = new ArrayList<>();
                service.members().forEach(m -> members.add(m.name()));
                token(out, service.name(), members, service.protocol() + " " + service.ports());
            } else if (service.range() != null) {
                token(out, service.name(), List.of(port(service.range(), service.protocol().name())), null);
            }
        }
        if (anySourcePort != null) {
            token(out, anySourcePort, List.of("0-65535/tcp", "0-65535/udp"), "every port: the source port of nftables terms");
        }
    }

    private static String port(PortRange range, String protocol) {
        return range + "/" + protocol.toLowerCase(Locale.ROOT);
    }

    /** One token: the first value after the name, the rest aligned under it, the note on the first line. */
    private static void token(Writer out, String name, List<String> values, String note) throws IOException {
        String indent = " ".repeat(name.length() + 3);
        for (int i = 0; i < values.size(); i++) {
            out.write(i == 0 ? name + " = " : indent);
            out.write(values.get(i));
            if (i == 0 && note != null && !note.isEmpty()) {
                out.write("  # " + PolicyText.ascii(note));
            }
            out.write('\n');
        }
    }
}
