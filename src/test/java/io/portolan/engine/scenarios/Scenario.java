package io.portolan.engine.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
import io.portolan.testing.FlowFinder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the scenario tests share: the shipped catalog, the assertions on one expected flow, and the seven
 * flows a domain member opens to the domain controllers.
 */
final class Scenario {

    static final Catalog CATALOG = CatalogLoader.loadBuiltIn();

    /**
     * What a domain-joined machine opens to the domain controllers (implied rows common.domain-member.*, from
     * Microsoft's firewall article for AD domains): service and rule.
     */
    static final List<String[]> DOMAIN_MEMBER = List.of(
            new String[] {"TCP 88", "common.domain-member.kerberos-tcp"},
            new String[] {"UDP 88", "common.domain-member.kerberos-udp"},
            new String[] {"TCP 389", "common.domain-member.ldap-tcp"},
            new String[] {"UDP 389", "common.domain-member.ldap-udp"},
            new String[] {"TCP 3268", "common.domain-member.global-catalog"},
            new String[] {"TCP 53", "common.domain-member.dns-tcp"},
            new String[] {"UDP 53", "common.domain-member.dns-udp"});

    private Scenario() {
    }

    static FlowFinder analyse(Design design) {
        return new FlowFinder(new FlowEngine(CATALOG).analyze(design));
    }

    /** The domain member flows of each source to the destination, with the path they take: arguments for a table. */
    static Stream<Arguments> domainMemberFlows(String destination, String path, String... sources) {
        return Stream.of(sources).flatMap(source -> DOMAIN_MEMBER.stream()
                .map(service -> Arguments.of(source, destination, service[0], service[1], path)));
    }

    /**
     * Asserts that exactly one flow goes from the source to the destination carrying the service and listing the
     * rule, and, where given (not null), its source address, destination address and path.
     */
    static Flow assertFlow(FlowFinder flows, String seed, String source, String destination, String service, String rule,
                           String sourceAddress, String destinationAddress, String path) {
        List<Flow> found = flows.find(source, destination, service, rule);
        assertThat(found).as("%s: %s -> %s %s (%s); flows between them: %s", seed, source, destination, service, rule,
                flows.find(source, destination, "*").stream().map(FlowFinder::describe).toList()).hasSize(1);
        Flow flow = found.get(0);
        if (sourceAddress != null) {
            assertThat(flow.sourceAddress()).as("%s: source address of %s", seed, FlowFinder.describe(flow)).isEqualTo(sourceAddress);
        }
        if (destinationAddress != null) {
            assertThat(flow.destinationAddress()).as("%s: destination address of %s", seed, FlowFinder.describe(flow))
                    .isEqualTo(destinationAddress);
        }
        if (path != null) {
            assertThat(FlowFinder.path(flow)).as("%s: path of %s", seed, FlowFinder.describe(flow)).isEqualTo(path);
        }
        return flow;
    }

    /** Asserts that no flow matches the ends, service and rule ({@code *} for any). */
    static void assertNoFlow(FlowFinder flows, String why, String source, String destination, String service, String rule) {
        assertThat(flows.find(source, destination, service, rule)).extracting(FlowFinder::describe).as(why).isEmpty();
    }
}
