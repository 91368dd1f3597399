package io.portolan.bench;

import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates a large rulebase CSV for a large design, as a firewall team's would look after years: one rule per
 * destination host and service of the design on each firewall (any source of the design's 10.0.0.0/16), which allows
 * nearly every rule of the request, interleaved with rules for other networks (172.16.0.0/12) on random ports, some of
 * them denies, until the rulebase has the size asked for.
 */
public final class LargeRulebases {

    private LargeRulebases() {
    }

    /** Writes a rulebase of exactly {@code size} rules for the analysis to the file; the same for the same inputs. */
    public static void write(FlowAnalysis analysis, int size, Path file) throws IOException {
        Map<String, String> real = new LinkedHashMap<>();
        for (FirewallRule rule : analysis.rules().all()) {
            if (rule.boundary() != null && !rule.destinationAddress().isEmpty() && rule.protocol().hasPorts() && !rule.ports().isEmpty()) {
                String service = rule.protocolText().toLowerCase(Locale.ROOT) + "/" + rule.ports().toString().replace(", ", ";"
                        + rule.protocolText().toLowerCase(Locale.ROOT) + "/");
                String key = rule.boundary().name() + "," + rule.destinationAddress() + "," + service;
                real.putIfAbsent(key, rule.boundary().name() + ",10.0.0.0/16," + quote(rule.destinationAddress().replace(',', ';'))
                        + "," + quote(service));
            }
        }
        String[] firewalls = analysis.design().firewalls().stream().map(f -> f.name()).toArray(String[]::new);
        Random random = new Random(42);
        int noise = Math.max(0, size - real.size());
        double noisePerReal = real.isEmpty() ? noise : (double) noise / real.size();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("firewall,name,source,destination,service,action\n");
            int written = 0;
            double owed = 0;
            for (String rule : real.values()) {
                if (written == size) {
                    break;
                }
                out.write(rule.substring(0, rule.indexOf(',')) + ",allow-" + written + rule.substring(rule.indexOf(',')) + ",allow\n");
                written++;
                owed += noisePerReal;
                for (; owed >= 1 && written < size; owed--) {
                    out.write(noise(random, firewalls, written++));
                }
            }
            while (written < size) {
                out.write(noise(random, firewalls, written++));
            }
        }
    }

    private static String noise(Random random, String[] firewalls, int number) {
        String firewall = firewalls[random.nextInt(firewalls.length)];
        String source = "172." + (16 + random.nextInt(16)) + "." + random.nextInt(256) + ".0/24";
        String destination = "172." + (16 + random.nextInt(16)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        String service = (random.nextBoolean() ? "tcp/" : "udp/") + (1 + random.nextInt(65000));
        String action = random.nextInt(10) == 0 ? "deny" : "allow";
        return firewall + ",other-" + number + "," + source + "," + destination + "," + service + "," + action + "\n";
    }

    private static String quote(String cell) {
        return cell.indexOf(';') >= 0 || cell.indexOf(' ') >= 0 ? '"' + cell + '"' : cell;
    }
}
