package io.portolan.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.export.Csv;
import io.portolan.model.Addresses;
import io.portolan.model.Design;
import io.portolan.model.PortRange;
import io.portolan.model.PortSet;
import io.portolan.testing.DesignArbitraries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The check gives the result of the plain check it replaced ({@link ReferenceRulebaseCheck}), and of a scan of every
 * rule of the firewall in order without any index, for random designs and rulebases such as a firewall team keeps: the
 * design's own rules, some widened to blocks or any, some with ports dropped, some turned to denies or shadowed by a
 * deny above them, rules on every firewall and on firewalls the design does not have, services of any protocol, and
 * rules for other networks in between.
 */
class RulebaseCheckMatchesReferencePropertyTest {

    private static final FlowEngine ENGINE = new FlowEngine(DesignArbitraries.CATALOG);
    private static final AtomicInteger PARTLY = new AtomicInteger();
    private static final AtomicInteger UNNEEDED = new AtomicInteger();

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @AfterContainer
    static void theRulebasesAllowedPartsAndLeftRulesUnneeded() {
        assertThat(PARTLY.get()).isGreaterThan(20);
        assertThat(UNNEEDED.get()).isGreaterThan(20);
    }

    @Property(tries = 200)
    void theCheckGivesTheResultOfTheReference(@ForAll("designs") Design design, @ForAll long seed) throws Exception {
        FlowAnalysis analysis = ENGINE.analyze(design);
        Random random = new Random(seed);
        Path file = Files.createTempFile("rulebase", ".csv");
        try {
            Files.writeString(file, rulebase(analysis, random));
            Rulebase rulebase = RulebaseReader.read(file, null, ColumnMapping.defaults());

            for (boolean detailed : new boolean[] {false, true}) {
                CheckResult result = RulebaseCheck.check(analysis, detailed, rulebase);
                CheckResult reference = ReferenceRulebaseCheck.check(analysis, detailed, rulebase);
                CheckResult scan = ReferenceRulebaseCheck.checkEveryRule(analysis, detailed, rulebase);
                for (FirewallRule rule : analysis.rules(detailed).all()) {
                    assertThat(result.of(rule)).as("detailed %s: %s %s [%s] %s -> %s", detailed, rule.boundary(), rule.protocolText(),
                            rule.ports(), rule.sourceAddress(), rule.destinationAddress()).isEqualTo(reference.of(rule))
                            .isEqualTo(scan.of(rule));
                }
                assertThat(result.unneeded()).isEqualTo(reference.unneeded()).isEqualTo(scan.unneeded());
                assertThat(result.unknownFirewalls()).isEqualTo(reference.unknownFirewalls());
                assertThat(result.checks()).hasSameSizeAs(reference.checks());
                PARTLY.addAndGet((int) result.count(RuleCheck.Status.PARTLY));
                UNNEEDED.addAndGet(result.unneeded().size());
            }
        } finally {
            Files.delete(file);
        }
    }

    /** The design's own rules, edited and mixed with others. */
    private static String rulebase(FlowAnalysis analysis, Random random) {
        StringBuilder csv = new StringBuilder("firewall,name,source,destination,service,action\r\n");
        List<FirewallRule> rules = analysis.rules(random.nextBoolean()).all();
        int number = 0;
        for (FirewallRule rule : rules) {
            if (rule.boundary() == null || random.nextInt(6) == 0) {
                continue;
            }
            String firewall = switch (random.nextInt(12)) {
                case 0 -> "";
                case 1 -> "any";
                case 2 -> "Other firewall";
                case 3 -> rule.boundary().name().toUpperCase(Locale.ROOT) + " ";
                default -> rule.boundary().name();
            };
            if (random.nextInt(5) == 0) {
                csv.append(row(firewall, ++number, widened(address(rule.sourceAddress()), random), address(rule.destinationAddress()),
                        service(rule, random), "deny"));
            }
            csv.append(row(firewall, ++number, widened(address(rule.sourceAddress()), random), widened(address(rule.destinationAddress()), random),
                    service(rule, random), random.nextInt(8) == 0 ? "deny" : "allow"));
            for (int noise = random.nextInt(3); noise > 0; noise--) {
                csv.append(row(random.nextBoolean() ? firewall : "", ++number, other(random), other(random), otherService(random),
                        random.nextInt(4) == 0 ? "deny" : "allow"));
            }
        }
        return csv.toString();
    }

    private static String row(String firewall, int number, String source, String destination, String service, String action) {
        return Csv.line(List.of(firewall, "rule-" + number, source, destination, service, action));
    }

    private static String address(String text) {
        try {
            return Addresses.items(text).isEmpty() ? "any" : text.replace(',', ';');
        } catch (IllegalArgumentException e) {
            return "any";
        }
    }

    /** The address as it is, in its /24 or /16 block, or any; a list, a range or IPv6 as it is. */
    private static String widened(String address, Random random) {
        long value = Addresses.plainIpv4(address);
        return switch (random.nextInt(6)) {
            case 0 -> value >= 0 ? dottedQuad(value & 0xFFFF_FF00L) + "/24" : address;
            case 1 -> value >= 0 ? dottedQuad(value & 0xFFFF_0000L) + "/16" : address;
            case 2 -> "any";
            default -> address;
        };
    }

    /** The rule's service, its ports all or some, or the protocol alone, tcp-udp or any. */
    private static String service(FirewallRule rule, Random random) {
        String protocol = rule.protocolText().toLowerCase(Locale.ROOT).replace("ip ", "ip/");
        if (!rule.protocol().hasPorts() || rule.ports().isEmpty()) {
            return random.nextInt(6) == 0 ? "any" : protocol;
        }
        List<String> services = new ArrayList<>();
        for (PortRange range : rule.ports().ranges()) {
            if (random.nextInt(5) > 0) {
                String prefix = random.nextInt(6) == 0 ? "tcp-udp" : protocol;
                int high = random.nextInt(6) == 0 ? Math.min(PortRange.MAX_PORT, range.high() + 10) : range.high();
                services.add(prefix + "/" + PortSet.of(List.of(new PortRange(range.low(), high))));
            }
        }
        if (services.isEmpty() || random.nextInt(10) == 0) {
            return random.nextBoolean() ? "any" : protocol;
        }
        return String.join(";", services);
    }

    private static String other(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "any";
            case 1 -> "172." + (16 + random.nextInt(16)) + "." + random.nextInt(256) + ".0/24";
            case 2 -> "10.0." + random.nextInt(4) + ".0/24";
            default -> "192.0.2." + random.nextInt(256) + "-192.0.2.255";
        };
    }

    private static String otherService(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "any";
            case 1 -> "icmp";
            case 2 -> "ip/" + random.nextInt(256);
            case 3 -> "tcp-udp/" + (1 + random.nextInt(1024));
            default -> (random.nextBoolean() ? "tcp/" : "udp/") + (1 + random.nextInt(65000)) + (random.nextBoolean() ? "" : "-65535");
        };
    }

    private static String dottedQuad(long value) {
        return (value >>> 24) + "." + (value >>> 16 & 0xFF) + "." + (value >>> 8 & 0xFF) + "." + (value & 0xFF);
    }
}
