package io.portolan.io.export.capirca;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads what aclgen wrote for a platform back into the rules it permits, one line of text per rule. */
final class RenderedConfigurations {

    private RenderedConfigurations() {
    }

    /** Every {@code permit} line of a Cisco ASA configuration. */
    static List<String> asaPermits(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.contains(" permit ")).map(String::strip).toList();
    }

    /** Every rule of an nftables configuration that accepts new connections (the rules of the terms). */
    static List<String> nftablesRules(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.contains(" accept") && !l.contains("established,related"))
                .map(String::strip).toList();
    }

    /**
     * Every security rule of a Palo Alto configuration as {@code NAME FROM>TO SOURCES -> DESTINATIONS SERVICE APPLICATIONS},
     * with address groups and services resolved into the addresses and ports they hold.
     */
    static List<String> paloAltoRules(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = factory.newDocumentBuilder().parse(file.toFile());
        Map<String, String> addresses = entries(xml, "address", e -> text(e, "ip-netmask"));
        Map<String, String> groups = entries(xml, "address-group", e -> String.join(",", resolve(members(e, "static"), addresses)));
        Map<String, String> services = entries(xml, "service", e -> {
            Element protocol = (Element) e.getElementsByTagName("protocol").item(0);
            Element transport = (Element) firstElement(protocol);
            return transport.getTagName() + " " + text(transport, "port");
        });
        List<String> rules = new ArrayList<>();
        NodeList entries = ((Element) xml.getElementsByTagName("rules").item(0)).getChildNodes();
        for (int i = 0; i < entries.getLength(); i++) {
            if (entries.item(i) instanceof Element rule) {
                rules.add(rule.getAttribute("name") + " " + members(rule, "from") + ">" + members(rule, "to") + " "
                        + resolve(members(rule, "source"), groups) + " -> " + resolve(members(rule, "destination"), groups) + " "
                        + resolve(members(rule, "service"), services) + " " + members(rule, "application"));
            }
        }
        return rules;
    }

    private static Map<String, String> entries(Document xml, String section, java.util.function.Function<Element, String> value) {
        Map<String, String> values = new HashMap<>();
        NodeList sections = xml.getElementsByTagName(section);
        for (int s = 0; s < sections.getLength(); s++) {
            NodeList children = sections.item(s).getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element entry && entry.getTagName().equals("entry")) {
                    values.put(entry.getAttribute("name"), value.apply(entry));
                }
            }
        }
        return values;
    }

    private static List<String> members(Element parent, String tag) {
        List<String> members = new ArrayList<>();
        NodeList lists = parent.getElementsByTagName(tag);
        if (lists.getLength() == 0) {
            return members;
        }
        NodeList children = ((Element) lists.item(0)).getElementsByTagName("member");
        for (int i = 0; i < children.getLength(); i++) {
            members.add(children.item(i).getTextContent().strip());
        }
        return members;
    }

    private static List<String> resolve(List<String> names, Map<String, String> values) {
        return new ArrayList<>(new TreeSet<>(names.stream().map(n -> values.getOrDefault(n, n)).toList()));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    private static Node firstElement(Element parent) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element) {
                return children.item(i);
            }
        }
        throw new IllegalStateException("no element in " + parent.getTagName());
    }
}
