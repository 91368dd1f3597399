package io.portolan.rulebase;

import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import java.util.List;

/**
 * Traffic of one protocol as a product: every source of a set, to every destination of a set, on every port of a set.
 * What a required rule asks for is one box; what a rule in place matches cuts it into at most three boxes outside it
 * and one inside, so that evaluating rules in order never multiplies the pieces.
 *
 * @param source the source addresses
 * @param destination the destination addresses
 * @param ports the ports ({@link Services#PORTLESS} for a protocol without ports)
 */
record Box(AddressSet source, AddressSet destination, PortSet ports) {

    /** True when the box holds no traffic. */
    boolean isEmpty() {
        return source.isEmpty() || destination.isEmpty() || ports.isEmpty();
    }

    /** True when the rule's sets hold the whole box. */
    boolean inside(AddressSet ruleSource, AddressSet ruleDestination, PortSet rulePorts) {
        return ruleSource.containsAll(source) && ruleDestination.containsAll(destination) && covers(rulePorts, ports);
    }

    /** True when the rule's sets share traffic with the box. */
    boolean meets(AddressSet ruleSource, AddressSet ruleDestination, PortSet rulePorts) {
        return ruleSource.overlaps(source) && ruleDestination.overlaps(destination) && overlap(ports, rulePorts);
    }

    /**
     * True when the ports of {@code outer} include every port of {@code inner}: what {@code inner.minus(outer).isEmpty()}
     * says, without making a set, as a check asks it of hundreds of thousands of rules.
     */
    static boolean covers(PortSet outer, PortSet inner) {
        List<PortRange> outerRanges = outer.ranges();
        List<PortRange> innerRanges = inner.ranges();
        int o = 0;
        for (int i = 0; i < innerRanges.size(); i++) {
            PortRange wanted = innerRanges.get(i);
            while (o < outerRanges.size() && outerRanges.get(o).high() < wanted.low()) {
                o++;
            }
            // the ranges of a set are merged, so one range of outer must hold the whole of the wanted one
            if (o == outerRanges.size() || outerRanges.get(o).low() > wanted.low() || outerRanges.get(o).high() < wanted.high()) {
                return false;
            }
        }
        return true;
    }

    /** True when the sets share a port: what {@code !a.minus(a.minus(b)).isEmpty()} says, without making a set. */
    static boolean overlap(PortSet a, PortSet b) {
        List<PortRange> first = a.ranges();
        List<PortRange> second = b.ranges();
        int i = 0;
        int j = 0;
        while (i < first.size() && j < second.size()) {
            PortRange x = first.get(i);
            PortRange y = second.get(j);
            if (x.high() < y.low()) {
                i++;
            } else if (y.high() < x.low()) {
                j++;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The traffic of the box that the rule's sets also hold. */
    Box inter(AddressSet ruleSource, AddressSet ruleDestination, PortSet rulePorts) {
        return new Box(source.intersect(ruleSource), destination.intersect(ruleDestination), ports.minus(ports.minus(rulePorts)));
    }

    /** Adds to {@code out} the traffic of the box outside the rule's sets, as at most three disjoint boxes. */
    void outside(AddressSet ruleSource, AddressSet ruleDestination, PortSet rulePorts, List<Box> out) {
        AddressSet sourceIn = source.intersect(ruleSource);
        add(out, new Box(source.minus(ruleSource), destination, ports));
        AddressSet destinationIn = destination.intersect(ruleDestination);
        add(out, new Box(sourceIn, destination.minus(ruleDestination), ports));
        add(out, new Box(sourceIn, destinationIn, ports.minus(rulePorts)));
    }

    private static void add(List<Box> out, Box box) {
        if (!box.isEmpty()) {
            out.add(box);
        }
    }
}
