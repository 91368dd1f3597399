package io.portolan.testing;

import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowAnalysis;
import io.portolan.io.export.Csv;
import io.portolan.model.Addresses;
import java.util.List;
import java.util.Locale;

/** A rulebase CSV that allows exactly the rules of a design's own request, as a firewall team would have put them in. */
public final class OwnRulebase {

    private OwnRulebase() {
    }

    /** The rules of the request as {@code firewall,name,source,destination,service,action} rows; unrouted rules left out. */
    public static String csv(FlowAnalysis analysis, boolean detailed) {
        StringBuilder csv = new StringBuilder("firewall,name,source,destination,service,action\r\n");
        int number = 0;
        for (FirewallRule rule : analysis.rules(detailed).all()) {
            if (rule.boundary() == null) {
                continue;
            }
            number++;
            csv.append(Csv.line(List.of(rule.boundary().name(), "rule-" + number, address(rule.sourceAddress()),
                    address(rule.destinationAddress()), service(rule), "allow")));
        }
        return csv.toString();
    }

    /** The addresses as a rulebase writes them; an end without an IP address can only be allowed as any. */
    private static String address(String text) {
        try {
            return Addresses.items(text).isEmpty() ? "any" : text.replace(',', ';');
        } catch (IllegalArgumentException e) {
            return "any";
        }
    }

    private static String service(FirewallRule rule) {
        String protocol = rule.protocolText().toLowerCase(Locale.ROOT).replace("ip ", "ip/");
        if (!rule.protocol().hasPorts()) {
            return protocol;
        }
        return rule.ports().isEmpty() ? protocol : protocol + "/" + rule.ports().toString().replace(", ", ";" + protocol + "/");
    }
}
