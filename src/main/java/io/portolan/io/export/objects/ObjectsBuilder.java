package io.portolan.io.export.objects;

import io.portolan.engine.BoundaryRules;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.Flow;
import io.portolan.engine.RequestRules;
import io.portolan.model.Design;
import io.portolan.model.Node;
import io.portolan.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the objects of one request: zones, nodes, services, then each boundary's rules, grouped. */
final class ObjectsBuilder {

    private final Design design;
    private final ObjectNaming naming;
    private final ObjectNames names;
    private final ObjectNames zones;
    private final ObjectFactory factory;
    private final RuleGrouping grouping;
    private final List<BoundaryObjects> boundaries = new ArrayList<>();
    private final List<LeftOutRule> leftOut = new ArrayList<>();
    private final Map<FirewallRule, FirewallObjects.RuleEnds> ends = FirewallObjects.byIdentity();
    private final Map<Object, List<Integer>> usage = FirewallObjects.byIdentity();
    private Map<String, String> zoneNames;

    ObjectsBuilder(Design design, ObjectNaming naming) {
        this.design = design;
        this.naming = naming;
        this.names = new ObjectNames(naming);
        this.zones = new ObjectNames(naming);
        this.factory = new ObjectFactory(names);
        this.grouping = new RuleGrouping(factory);
    }

    ObjectsBuilder build(RequestRules request) throws ObjectNameException {
        zoneNames = FirewallObjects.zoneNames(design, naming, zones);
        for (Zone zone : design.zones()) {
            try {
                factory.zone(zone);
            } catch (IllegalArgumentException e) {
                // a zone range that is not a CIDR block is the design's warning to give; it simply has no object
            }
        }
        for (Node node : design.nodes()) {
            objectOf(node, node.address());
        }
        int number = 0;
        for (BoundaryRules boundary : request.boundaries()) {
            List<RuleGrouping.Single> singles = new ArrayList<>(boundary.rules().size());
            int leftBefore = leftOut.size();
            for (FirewallRule rule : boundary.rules()) {
                RuleGrouping.Single single = single(new NumberedRule(++number, rule));
                if (single != null) {
                    singles.add(single);
                }
            }
            List<ObjectRule> grouped = grouping.group(singles);
            grouped.forEach(this::countGroups);
            int left = (int) leftOut.subList(leftBefore, leftOut.size()).stream().filter(l -> !l.partly()).count();
            boundaries.add(new BoundaryObjects(boundary.boundary(), boundary.rules().size(), grouped, left));
        }
        for (FirewallRule rule : request.unrouted()) {
            ends(new NumberedRule(++number, rule));
        }
        zones.check();
        names.check();
        return this;
    }

    /** The rule with its objects, or null when objects cannot stand for it (noted in the rules left out). */
    private RuleGrouping.Single single(NumberedRule numbered) {
        FirewallObjects.RuleEnds objects = ends(numbered);
        FirewallRule rule = numbered.rule();
        String reason = null;
        if (objects.source() == null) {
            reason = rule.source().name() + " (source) has no address";
        } else if (objects.destination() == null) {
            reason = rule.destination().name() + " (destination) has no address";
        } else if (objects.service() == null) {
            reason = "the vendor gives its ports only in words (" + rule.portText() + ")";
        } else if (!(objects.source().hasIpv4() && objects.destination().hasIpv4())
                && !(objects.source().hasIpv6() && objects.destination().hasIpv6())) {
            reason = "its source and destination are of different IP versions, so no packet can match it";
        }
        if (reason != null) {
            leftOut.add(new LeftOutRule(numbered.number(), rule, reason, false));
            return null;
        }
        String words = wordsOnly(rule);
        if (!words.isEmpty()) {
            leftOut.add(new LeftOutRule(numbered.number(), rule, "its ports given only in words (" + words
                    + ") are left out; the ports with numbers are kept", true));
        }
        return new RuleGrouping.Single(rule.hop(), objects.source(), objects.destination(), objects.service(), numbered);
    }

    /** The objects of a rule's ends and service, noting that the rule names them. */
    private FirewallObjects.RuleEnds ends(NumberedRule numbered) {
        FirewallRule rule = numbered.rule();
        FirewallObjects.RuleEnds objects = new FirewallObjects.RuleEnds(objectOf(rule.source(), rule.sourceAddress()),
                objectOf(rule.destination(), rule.destinationAddress()),
                factory.service(rule.protocol(), rule.ipProtocol(), rule.ports()));
        ends.put(rule, objects);
        use(objects.source(), numbered.number());
        use(objects.destination(), numbered.number());
        use(objects.service(), numbered.number());
        return objects;
    }

    /** A group made for the rule is named by the rules it stands for. */
    private void countGroups(ObjectRule rule) {
        FirewallObjects.RuleEnds first = ends.get(rule.rules().get(0).rule());
        if (rule.source() != first.source()) {
            rule.numbers().forEach(n -> use(rule.source(), n));
        }
        if (rule.destination() != first.destination()) {
            rule.numbers().forEach(n -> use(rule.destination(), n));
        }
    }

    private void use(Object object, int number) {
        if (object != null) {
            List<Integer> numbers = usage.computeIfAbsent(object, o -> new ArrayList<>());
            if (numbers.isEmpty() || numbers.get(numbers.size() - 1) != number) {
                numbers.add(number);
            }
        }
    }

    private AddressObject objectOf(Node node, String text) {
        try {
            return factory.node(node, text, node.zoneId() == null ? null : design.zone(node.zoneId()).map(Zone::name).orElse(null));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The words of the rule's flows that give no port numbers, when the rule also has ports with numbers. */
    private static String wordsOnly(FirewallRule rule) {
        if (!rule.protocol().hasPorts() || rule.ports().isEmpty()) {
            return "";
        }
        return String.join("; ", rule.flows().stream().filter(f -> f.ports().isEmpty()).map(Flow::portText).distinct().toList());
    }

    ObjectNaming naming() {
        return naming;
    }

    ObjectFactory factory() {
        return factory;
    }

    List<BoundaryObjects> boundaries() {
        return boundaries;
    }

    List<LeftOutRule> leftOut() {
        return leftOut;
    }

    Map<FirewallRule, FirewallObjects.RuleEnds> ends() {
        return ends;
    }

    Map<Object, List<Integer>> usage() {
        return usage;
    }

    Map<String, String> zoneNames() {
        return zoneNames;
    }
}
