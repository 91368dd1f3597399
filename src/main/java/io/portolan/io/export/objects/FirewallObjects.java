package io.portolan.io.export.objects;

import io.portolan.engine.FirewallRule;
import io.portolan.engine.RequestRules;
import io.portolan.io.export.AddressNaming;
import io.portolan.model.Design;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The named objects of a request and its rules grouped with them (docs/decisions/0015): every node's address as an
 * address object (a group for a farm or HA pair written as a list), every zone's ranges as a network object,
 * every protocol and ports as a service object, and per firewall and implicit boundary the rules as a firewall
 * holds them once sources (then destinations) that share the rest are grouped. Built from the engine's request;
 * nothing is worked out again from the catalog.
 */
public final class FirewallObjects {

    private final RequestRules request;
    private final ObjectNaming naming;
    private final List<AddressObject> addresses;
    private final List<ServiceObject> services;
    private final List<BoundaryObjects> boundaries;
    private final List<LeftOutRule> leftOut;
    private final Map<FirewallRule, RuleEnds> ends;
    private final Map<Object, List<Integer>> usage;
    private final Map<String, String> zoneNames;

    private FirewallObjects(RequestRules request, ObjectsBuilder built) {
        this.request = request;
        this.naming = built.naming();
        this.addresses = List.copyOf(built.factory().addresses());
        this.services = List.copyOf(built.factory().services());
        this.boundaries = List.copyOf(built.boundaries());
        this.leftOut = List.copyOf(built.leftOut());
        this.ends = Collections.unmodifiableMap(built.ends());
        this.usage = Collections.unmodifiableMap(built.usage());
        this.zoneNames = Map.copyOf(built.zoneNames());
    }

    /**
     * The objects of a request.
     *
     * @param request the engine's rules, merged or detailed; rules are numbered in its order, as the Rules sheet numbers them
     * @param design the design analysed, for its zones
     * @param naming the prefix and case of the names
     * @throws ObjectNameException when two things of the design would get one name, or two zones one zone name
     */
    public static FirewallObjects of(RequestRules request, Design design, ObjectNaming naming) throws ObjectNameException {
        Objects.requireNonNull(request, "request");
        return new FirewallObjects(request, new ObjectsBuilder(design, naming).build(request));
    }

    /** The request the objects were made for. */
    public RequestRules request() {
        return request;
    }

    /** The address columns of the request written as object names; an end without an address stays empty. */
    public AddressNaming addressNaming() {
        return new AddressNaming() {
            @Override
            public String source(FirewallRule rule) {
                AddressObject object = sourceOf(rule);
                return object == null ? rule.sourceAddress() : object.name();
            }

            @Override
            public String destination(FirewallRule rule) {
                AddressObject object = destinationOf(rule);
                return object == null ? rule.destinationAddress() : object.name();
            }
        };
    }

    /** The prefix and case the names were made with. */
    public ObjectNaming naming() {
        return naming;
    }

    /** Every address object, in the order listed: zones, then nodes in design order, then groups as rules made them. */
    public List<AddressObject> addresses() {
        return addresses;
    }

    /** Every service object, in order of first use. */
    public List<ServiceObject> services() {
        return services;
    }

    /** Per firewall and implicit boundary of the request, its rules with objects. */
    public List<BoundaryObjects> boundaries() {
        return boundaries;
    }

    /** Every rule with objects, per boundary in request order. */
    public List<ObjectRule> rules() {
        List<ObjectRule> all = new ArrayList<>();
        boundaries.forEach(b -> all.addAll(b.rules()));
        return all;
    }

    /** The rules of firewalls and boundaries that objects cannot stand for, or only in part, in request order. */
    public List<LeftOutRule> leftOut() {
        return leftOut;
    }

    /** The object of a rule's source, or null when the source has no address. */
    public AddressObject sourceOf(FirewallRule rule) {
        RuleEnds found = ends.get(rule);
        return found == null ? null : found.source();
    }

    /** The object of a rule's destination, or null when the destination has no address. */
    public AddressObject destinationOf(FirewallRule rule) {
        RuleEnds found = ends.get(rule);
        return found == null ? null : found.destination();
    }

    /** The service of a rule, or null for TCP or UDP without port numbers. */
    public ServiceObject serviceOf(FirewallRule rule) {
        RuleEnds found = ends.get(rule);
        return found == null ? null : found.service();
    }

    /**
     * The numbers of the rules of the request that name the object (an address or service object), ascending: a
     * node's object is named by the rules of its node, a group by the rules grouped with it. Empty for an object no
     * rule names, such as a zone's network or a member of a group.
     */
    public List<Integer> usedBy(Object object) {
        return usage.getOrDefault(object, List.of());
    }

    /** The zone's name as a firewall's zone ({@code DATA_CENTRE}), or null for an unknown zone id. */
    public String zoneName(String zoneId) {
        return zoneNames.get(zoneId);
    }

    /** Rules of the request on firewalls and boundaries before grouping (those objects stand for). */
    public int rulesBefore() {
        return boundaries.stream().mapToInt(BoundaryObjects::groupedFrom).sum();
    }

    /** Rules with objects, after grouping. */
    public int rulesAfter() {
        return boundaries.stream().mapToInt(b -> b.rules().size()).sum();
    }

    /** The objects of one rule of the request; an end or the service is null where there is none. */
    record RuleEnds(AddressObject source, AddressObject destination, ServiceObject service) {
    }

    /** The ids of the design's zones, checked for zone names that clean to one. */
    static Map<String, String> zoneNames(Design design, ObjectNaming naming, ObjectNames zones) {
        Map<String, String> names = new HashMap<>();
        for (Zone zone : design.zones()) {
            names.put(zone.id(), zones.claim(naming.zone(zone.name(), zone.id()), "the zone '" + zone.name() + "'"));
        }
        return names;
    }

    /** A map keyed by identity: one entry per rule or object however equal two of them are. */
    static <K, V> Map<K, V> byIdentity() {
        return new IdentityHashMap<>();
    }
}
