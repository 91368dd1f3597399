package io.portolan.io.export.capirca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portolan.engine.Crossing;
import io.portolan.engine.Flow;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.engine.Hop;
import io.portolan.io.design.Templates;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectNaming;
import io.portolan.model.AddressItem;
import io.portolan.model.Addresses;
import io.portolan.model.PortRange;
import io.portolan.model.Protocol;
import io.portolan.testing.GeneratedDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported policies run through the real Capirca (issue 13): aclgen renders them for Cisco ASA, Palo Alto,
 * Juniper SRX and nftables, and aclcheck confirms that each firewall's policy permits every flow that passes it.
 * Skipped, saying so, only where aclgen is not installed; .ci/run installs it.
 */
class AclgenRendersPoliciesTest {

    private static final List<Platform> FOUR = List.of(Platform.ASA, Platform.PALOALTO, Platform.SRX, Platform.NFTABLES);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static Aclgen aclgen;
    private static AclCheck aclcheck;

    @TempDir
    Path folder;

    @BeforeAll
    static void findAclgen() throws Exception {
        Optional<Aclgen> found = Aclgen.find();
        assumeTrue(found.isPresent(), () -> "aclgen is not on the PATH, so Capirca's own output is not checked: "
                + Aclgen.HOW_TO_INSTALL + " (.ci/run installs it)");
        aclgen = found.get();
        aclcheck = AclCheck.of(aclgen);
    }

    static Stream<String> templates() {
        return Templates.list().stream().map(Templates.Template::name);
    }

    static CapircaResult render(FlowAnalysis analysis, List<Platform> platforms, Path target) throws Exception {
        FirewallObjects objects = FirewallObjects.of(analysis.rules(false), analysis.design(), ObjectNaming.DEFAULT);
        return CapircaExport.export(analysis, objects, new CapircaOptions(platforms, false, aclgen, TIMEOUT), target);
    }

    private static FlowAnalysis template(String name) throws Exception {
        return new FlowEngine(CapircaDesigns.CATALOG).analyze(Templates.load(name, CapircaDesigns.CATALOG));
    }

    /** The configuration aclgen writes for each policy and platform. */
    private static List<String> configurations(CapircaResult result, List<Platform> platforms) {
        List<String> files = new ArrayList<>();
        for (String policy : result.policies()) {
            String name = Path.of(policy).getFileName().toString().replace(".pol", "");
            boolean asaOnly = policy.startsWith("policies/asa/");
            for (Platform platform : platforms) {
                if (asaOnly == (platform == Platform.ASA && platforms.size() > 1)) {
                    files.add((asaOnly ? "out/asa/" : "out/") + name + platform.suffix());
                }
            }
        }
        return files;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyTemplateRendersForAsaPaloAltoSrxAndNftablesAndEachFirewallPermitsEveryFlowItCarries(String name) throws Exception {
        FlowAnalysis analysis = template(name);
        Path target = folder.resolve(name);

        CapircaResult result = render(analysis, FOUR, target);

        assertThat(result.configurations()).containsAll(configurations(result, FOUR));
        // a template whose crossing flows all reach addressless cloud services has nothing aclcheck can ask about
        assertPermitted(analysis, target, 1, false);
    }

    @Test
    void aTemplateRendersForEveryPlatformPortolanOffers() throws Exception {
        List<Platform> all = List.of(Platform.values());

        CapircaResult result = render(template(Templates.DEFAULT), all, folder.resolve("all"));

        assertThat(result.configurations()).containsAll(configurations(result, all));
    }

    @Test
    void aLargeGeneratedDesignRendersAndItsFirewallsPermitItsFlows() throws Exception {
        FlowAnalysis analysis = new FlowEngine(CapircaDesigns.CATALOG).analyze(GeneratedDesigns.generate(CapircaDesigns.CATALOG, 240));
        assertThat(analysis.rules(false).size()).isGreaterThan(5000);
        Path target = folder.resolve("large");

        CapircaResult result = render(analysis, FOUR, target);

        assertThat(result.configurations()).containsAll(configurations(result, FOUR));
        assertPermitted(analysis, target, 11, true);
    }

    /**
     * Asks aclcheck about every {@code every}-th flow that crosses a firewall of the design and has addresses and port
     * numbers; {@code someToCheck} when the design is known to have such flows.
     */
    private static void assertPermitted(FlowAnalysis analysis, Path target, int every, boolean someToCheck) throws Exception {
        List<AclCheck.Query> queries = new ArrayList<>();
        List<Flow> flows = analysis.flows();
        for (int i = 0; i < flows.size(); i += every) {
            queries.addAll(queries(flows.get(i), target));
        }
        if (someToCheck) {
            assertThat(queries).as("flows to check").isNotEmpty();
        }
        List<List<String>> answers = aclcheck.ask(target, queries);
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            if (answers.get(i).isEmpty()) {
                refused.add(queries.get(i).what());
            }
        }
        assertThat(refused).as("flows the policy of a firewall they pass does not permit").isEmpty();
    }

    private static List<AclCheck.Query> queries(Flow flow, Path target) {
        List<AclCheck.Query> queries = new ArrayList<>();
        boolean ports = flow.protocol().hasPorts();
        if (flow.crossing() != Crossing.CROSSING || flow.sourceAddress().isBlank() || flow.destinationAddress().isBlank()
                || ports && flow.ports().isEmpty() || flow.protocol() == Protocol.IP) {
            return queries;
        }
        String protocol = flow.protocol().name().toLowerCase(java.util.Locale.ROOT);
        Set<String> portSamples = new LinkedHashSet<>();
        for (PortRange range : flow.ports().ranges()) {
            portSamples.add(Integer.toString(range.low()));
            portSamples.add(Integer.toString(range.high()));
        }
        if (!ports) {
            portSamples.add("any");
        }
        for (Hop hop : flow.route().hops()) {
            if (hop.boundary().implicit()) {
                continue;
            }
            Path policy = target.resolve("policies/pol/" + CapircaExport.fileName(hop.boundary().name(), hop.boundary().id()) + ".pol");
            for (String source : samples(flow.sourceAddress())) {
                for (String destination : samples(flow.destinationAddress())) {
                    for (String port : portSamples) {
                        queries.add(new AclCheck.Query(policy, source, destination, protocol, port, hop.boundary().name() + ": "
                                + flow.source().name() + " " + source + " -> " + flow.destination().name() + " " + destination
                                + " " + protocol + " " + port));
                    }
                }
            }
        }
        return queries;
    }

    /** The first and last address of each IPv4 item. */
    private static Set<String> samples(String addresses) {
        Set<String> samples = new LinkedHashSet<>();
        for (AddressItem item : Addresses.items(addresses)) {
            if (item.isIpv4()) {
                samples.add(item.first());
                samples.add(item.last());
            }
        }
        return samples;
    }

    @Test
    void capircaAloneDropsTheDestinationPortsOfAnIpv4NftablesRuleThatNamesNoSourcePort() throws Exception {
        Files.createDirectories(folder.resolve("policies/pol"));
        Files.createDirectories(folder.resolve("def"));
        Files.writeString(folder.resolve("def/NETWORK.net"), "A = 10.0.0.1/32\nB = 10.0.0.2/32\n");
        Files.writeString(folder.resolve("def/SERVICES.svc"), "HTTPS = 443/tcp\n");
        Files.writeString(folder.resolve("policies/pol/plain.pol"), "header {\n  target:: nftables inet input\n}\nterm web {\n"
                + "  source-address:: A\n  destination-address:: B\n  destination-port:: HTTPS\n  protocol:: tcp\n  action:: accept\n}\n");

        assertThat(aclgen.run(folder, TIMEOUT).exitCode()).isZero();

        assertThat(RenderedConfigurations.nftablesRules(folder.resolve("out/plain.nft")))
                .containsExactly("ip saddr 10.0.0.1/32 ip daddr 10.0.0.2/32 ip protocol tcp ct state new accept");
    }
}
