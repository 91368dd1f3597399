package io.portolan.io.export.objects;

import io.portolan.engine.Hop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the rules of one firewall or boundary: first those that share the hop, destination and service (and are
 * equally required, optional or temporary) into one rule with a group of their sources; then those that share
 * the hop, the source or source group and the service into one rule with a group of their destinations.
 */
final class RuleGrouping {

    private final ObjectFactory factory;

    RuleGrouping(ObjectFactory factory) {
        this.factory = factory;
    }

    /** A rule of the request with its objects, before grouping. */
    record Single(Hop hop, AddressObject source, AddressObject destination, ServiceObject service, NumberedRule rule) {
    }

    /** The grouped rules, in order of their first rule of the request. */
    List<ObjectRule> group(List<Single> singles) {
        Map<Key, Merge> bySources = new LinkedHashMap<>();
        for (Single single : singles) {
            Key key = new Key(single.hop(), single.destination(), single.service(), need(single.rule()));
            bySources.computeIfAbsent(key, k -> new Merge()).add(single.source(), List.of(single.rule()));
        }
        Map<Key, Merge> byDestinations = new LinkedHashMap<>();
        bySources.forEach((key, merge) -> {
            AddressObject source = merge.object(factory, "Sources that share a destination and service");
            Key next = new Key(key.hop(), source, key.service(), key.need());
            byDestinations.computeIfAbsent(next, k -> new Merge()).add(key.end(), merge.rules);
        });
        List<ObjectRule> rules = new ArrayList<>(byDestinations.size());
        byDestinations.forEach((key, merge) -> {
            AddressObject destination = merge.object(factory, "Destinations that share a source and service");
            List<NumberedRule> members = new ArrayList<>(merge.rules);
            members.sort(Comparator.comparingInt(NumberedRule::number));
            rules.add(new ObjectRule(key.hop(), key.end(), destination, key.service(), members));
        });
        rules.sort(Comparator.comparingInt(ObjectRule::firstNumber));
        return rules;
    }

    /** Required, optional, and needed only while installing are kept apart, so that a team can leave one kind out. */
    private static int need(NumberedRule rule) {
        return (rule.rule().optional() ? 1 : 0) + (rule.rule().need().temporary() ? 2 : 0);
    }

    /** What rules must share to merge: the hop, one end's object, the service and the need. Objects compare by identity. */
    private record Key(Hop hop, AddressObject end, ServiceObject service, int need) {
    }

    /** The other ends and the rules merged so far. */
    private static final class Merge {
        private final Set<AddressObject> ends = new LinkedHashSet<>();
        private final List<NumberedRule> rules = new ArrayList<>();

        void add(AddressObject end, List<NumberedRule> more) {
            ends.add(end);
            rules.addAll(more);
        }

        /** The one end, or a group of them. */
        AddressObject object(ObjectFactory factory, String description) {
            if (ends.size() == 1) {
                return ends.iterator().next();
            }
            return factory.group(new ArrayList<>(ends), description);
        }
    }
}
