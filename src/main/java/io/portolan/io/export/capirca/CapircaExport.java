package io.portolan.io.export.capirca;

import io.portolan.engine.FlowAnalysis;
import io.portolan.io.AtomicFolder;
import io.portolan.io.Cancellation;
import io.portolan.io.OutputFileException;
import io.portolan.io.export.objects.BoundaryObjects;
import io.portolan.io.export.objects.FirewallObjects;
import io.portolan.io.export.objects.ObjectNaming;
import io.portolan.io.export.objects.ObjectRule;
import io.portolan.model.Zone;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the Capirca policies of a request (docs/decisions/0015): per firewall of the design a policy
 * ({@code policies/pol/NAME.pol}) with its terms in includes, the shared definitions ({@code def/NETWORK.net},
 * {@code def/SERVICES.svc}) and a README listing what is left out and why; then, when asked, renders them with
 * aclgen into {@code out/}. Implicit boundaries and flows without a route have no firewall to write for. The folder
 * is written whole or not at all.
 */
public final class CapircaExport {

    /** The ending of an interface access list's name: {@code DMZ_IN} for the traffic entering from the DMZ. */
    static final String IN_SUFFIX = "_IN";
    private static final int MAX_PROBLEMS = 20;
    private static final int BUFFER = 1 << 16;

    private CapircaExport() {
    }

    /**
     * Writes the folder.
     *
     * @param analysis the analysed design
     * @param objects the objects of the merged request ({@code analysis.rules(false)})
     * @param options the platforms, whether to replace a folder that holds files, and the aclgen to render with
     * @param folder the folder to write
     * @throws CapircaException when a chosen platform cannot write a rule, two firewalls share a file name, or aclgen fails
     * @throws OutputFileException when the folder cannot be written, or holds files and {@code replace} is off
     */
    public static CapircaResult export(FlowAnalysis analysis, FirewallObjects objects, CapircaOptions options, Path folder)
            throws CapircaException, OutputFileException {
        return export(analysis, objects, options, folder, Cancellation.none());
    }

    /**
     * Writes the folder unless the write is cancelled before the folder is in place (a running aclgen is stopped): then
     * nothing is written.
     *
     * @throws CapircaException when a chosen platform cannot write a rule, two firewalls share a file name, or aclgen fails
     * @throws OutputFileException when the folder cannot be written, holds files and {@code replace} is off, or the write
     *     was cancelled
     */
    public static CapircaResult export(FlowAnalysis analysis, FirewallObjects objects, CapircaOptions options, Path folder,
                                       Cancellation cancellation) throws CapircaException, OutputFileException {
        AtomicFolder.checkTarget(folder, options.replace());
        List<FirewallPolicy> policies = plan(analysis, objects);
        check(policies, options.platforms());
        String anySourcePort = options.platforms().contains(Platform.NFTABLES) ? objects.naming().fit("ANY_SOURCE_PORT", "") : null;
        List<String> configurations = new ArrayList<>();
        AtomicFolder.<CapircaException>write(folder, options.replace(), temporary -> {
            new FolderFiles(temporary, analysis, objects, options).write(policies, anySourcePort);
            cancellation.check();
            if (options.aclgen() != null) {
                configurations.addAll(render(options, temporary));
            }
        }, cancellation);
        List<String> written = new ArrayList<>();
        for (String prefix : policyFiles(options.platforms()).keySet()) {
            policies.forEach(p -> written.add(prefix + p.file() + ".pol"));
        }
        int terms = policies.stream().mapToInt(FirewallPolicy::terms).sum();
        return new CapircaResult(folder, written, terms, ReadmeWriter.leftOut(analysis, objects), configurations);
    }

    /**
     * The folder of each policy file, with its platforms: {@code policies/pol/} for all but Cisco ASA when other
     * platforms are chosen too, since Capirca 2.0.6's ASA generator renders every header of a file, whatever its
     * targets; ASA then gets {@code policies/asa/pol/}, which aclgen renders into {@code out/asa/}.
     */
    static Map<String, List<Platform>> policyFiles(List<Platform> platforms) {
        Map<String, List<Platform>> files = new java.util.LinkedHashMap<>();
        if (platforms.contains(Platform.ASA) && platforms.size() > 1) {
            files.put("policies/pol/", platforms.stream().filter(p -> p != Platform.ASA).toList());
            files.put("policies/asa/pol/", List.of(Platform.ASA));
        } else {
            files.put("policies/pol/", platforms);
        }
        return files;
    }

    /**
     * Fails as {@link #export} would before it writes anything: a rule a chosen platform cannot write, two firewalls
     * sharing a policy file. A command that writes several outputs checks them all first, so that it writes all or none.
     *
     * @throws CapircaException naming each problem
     */
    public static void check(FlowAnalysis analysis, FirewallObjects objects, List<Platform> platforms) throws CapircaException {
        check(plan(analysis, objects), platforms);
    }

    /** A policy per firewall of the design with rules; a firewall no rule passes needs none. */
    private static List<FirewallPolicy> plan(FlowAnalysis analysis, FirewallObjects objects) throws CapircaException {
        Map<String, Integer> zoneOrder = new HashMap<>();
        List<Zone> zones = analysis.design().zones();
        for (int i = 0; i < zones.size(); i++) {
            zoneOrder.put(zones.get(i).id(), i);
        }
        List<FirewallPolicy> policies = new ArrayList<>();
        Map<String, String> files = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (BoundaryObjects firewall : objects.boundaries()) {
            if (firewall.boundary().implicit() || firewall.rules().isEmpty()) {
                continue;
            }
            String file = fileName(firewall.boundary().name(), firewall.boundary().id());
            String other = files.putIfAbsent(file, firewall.boundary().name());
            if (other != null) {
                problems.add("the firewalls '" + other + "' and '" + firewall.boundary().name() + "' would both write policies/pol/"
                        + file + ".pol; rename one of them");
            }
            policies.add(FirewallPolicy.of(firewall, objects, zoneOrder, file));
        }
        if (!problems.isEmpty()) {
            throw new CapircaException(problems);
        }
        return policies;
    }

    /** The policy file of a firewall: its name in lower case with hyphens ({@code edge-firewall}). */
    static String fileName(String name, String id) {
        String clean = ObjectNaming.clean(name);
        if (clean.isEmpty()) {
            clean = ObjectNaming.clean(id).isEmpty() ? "firewall" : ObjectNaming.clean(id);
        }
        return clean.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every rule a chosen platform's generator cannot write, or whose protocol Capirca has no name for. */
    private static void check(List<FirewallPolicy> policies, List<Platform> platforms) throws CapircaException {
        Set<String> problems = new LinkedHashSet<>();
        for (FirewallPolicy policy : policies) {
            for (FirewallPolicy.Pair pair : policy.pairs()) {
                for (ObjectRule rule : pair.rules()) {
                    String which = describe(policy, rule);
                    List<String> protocols = CapircaProtocols.of(rule);
                    if (protocols.isEmpty()) {
                        problems.add(which + ": Capirca has no name for IP protocol " + rule.service().ipProtocol()
                                + " and refuses it; suppress the flow, or add it on the firewall by hand");
                        continue;
                    }
                    for (Platform platform : platforms) {
                        String reason = platform.cannotWrite(protocols, CapircaProtocols.ipv6(rule));
                        if (reason != null) {
                            problems.add(which + ": " + reason + "; leave " + platform.id() + " out of the platforms");
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            List<String> lines = new ArrayList<>(problems);
            if (lines.size() > MAX_PROBLEMS) {
                int more = lines.size() - MAX_PROBLEMS;
                lines = new ArrayList<>(lines.subList(0, MAX_PROBLEMS));
                lines.add("... and " + more + " more rules Capirca cannot write");
            }
            throw new CapircaException(lines);
        }
    }

    private static String describe(FirewallPolicy policy, ObjectRule rule) {
        List<Integer> numbers = rule.numbers();
        return (numbers.size() == 1 ? "rule " : "rules ") + PolicyText.numbers(numbers, 4) + " on " + policy.boundary().name()
                + " (" + rule.source().name() + " -> " + rule.destination().name() + ", " + rule.service().value() + ")";
    }

    /** Runs aclgen in the new folder; its configurations, relative to the folder, or why it failed. */
    private static List<String> render(CapircaOptions options, Path folder) throws IOException, CapircaException {
        Aclgen.Result result = options.aclgen().run(folder, options.timeout());
        if (result.exitCode() != 0) {
            List<String> lines = new ArrayList<>();
            lines.add("aclgen failed on the policies (exit status " + result.exitCode() + "); nothing was written. It said:");
            result.tail(6).lines().forEach(l -> lines.add("  " + l));
            throw new CapircaException(lines);
        }
        Path out = folder.resolve("out");
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** The files of one export, written into the new folder. */
    private record FolderFiles(Path folder, FlowAnalysis analysis, FirewallObjects objects, CapircaOptions options) {

        void write(List<FirewallPolicy> policies, String anySourcePort) throws IOException {
            String title = analysis.design().request().title().isBlank() ? "the firewall change request"
                    : analysis.design().request().title();
            DefinitionsWriter definitions = new DefinitionsWriter(objects);
            try (Writer out = open("def/NETWORK.net")) {
                definitions.networks(out, title);
            }
            try (Writer out = open("def/SERVICES.svc")) {
                definitions.services(out, title, anySourcePort);
            }
            TermWriter terms = new TermWriter(anySourcePort);
            boolean nftables = options.platforms().contains(Platform.NFTABLES);
            for (FirewallPolicy policy : policies) {
                includes(policy, terms, false);
                if (nftables) {
                    includes(policy, terms, true);
                }
                String inSuffix = objects.naming().nameCase().apply(IN_SUFFIX);
                for (Map.Entry<String, List<Platform>> file : policyFiles(options.platforms()).entrySet()) {
                    try (Writer out = open(file.getKey() + policy.file() + ".pol")) {
                        policy.write(out, file.getValue(), title, inSuffix);
                    }
                }
            }
            try (Writer out = open("README.md")) {
                new ReadmeWriter(analysis, objects, options.platforms()).write(out, title, policies, anySourcePort);
            }
        }

        private void includes(FirewallPolicy policy, TermWriter terms, boolean nftables) throws IOException {
            for (FirewallPolicy.Pair pair : policy.pairs()) {
                try (Writer out = open("policies/" + pair.include(policy.file(), nftables))) {
                    for (ObjectRule rule : pair.rules()) {
                        terms.write(out, rule, CapircaProtocols.of(rule), nftables);
                    }
                }
            }
        }

        private Writer open(String relative) throws IOException {
            Path file = folder.resolve(relative);
            Files.createDirectories(file.getParent());
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
        }
    }
}
