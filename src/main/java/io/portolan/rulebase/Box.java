package io.portolan.rulebase;

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
        return ruleSource.containsAll(source) && ruleDestination.containsAll(destination)
                && ports.minus(rulePorts).isEmpty();
    }

    /** True when the rule's sets share traffic with the box. */
    boolean meets(AddressSet ruleSource, AddressSet ruleDestination, PortSet rulePorts) {
        return ruleSource.overlaps(source) && ruleDestination.overlaps(destination) && !ports.minus(ports.minus(rulePorts)).isEmpty();
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
