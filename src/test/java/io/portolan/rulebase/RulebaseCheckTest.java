package io.portolan.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.engine.FirewallRule;
import io.portolan.engine.FlowEngine;
import io.portolan.model.CustomFlow;
import io.portolan.model.Design;
import io.portolan.model.FlowOverrides;
import io.portolan.model.PortSet;
import io.portolan.model.Protocol;
import io.portolan.model.ZoneKind;
import io.portolan.rulebase.RuleCheck.Status;
import io.portolan.testing.DesignBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The semantics of a firewall: first match wins, a deny above an allow hides it, containment, groups, partial cover. */
class RulebaseCheckTest {

    private static final Catalog CATALOG = CatalogLoader.loadBuiltIn();
    private static final String HEADER = "firewall,name,source,destination,service,action\n";

    @TempDir
    Path folder;

    /** An app server (10.0.1.5, 10.0.1.6) in the DMZ reaching a database (10.0.2.5) inside on TCP 1433 and 1434, through "fw". */
    private static Design design() {
        Design design = DesignBuilder.design().zone("dmz", ZoneKind.DMZ).zone("lan", ZoneKind.INTERNAL).firewall("fw", "dmz", "lan")
                .node("app", "common.admin-workstation", "dmz").node("db", "common.sql-server", "lan").build();
        design = design.withNode(design.node("app").orElseThrow().withAddress("10.0.1.5, 10.0.1.6"))
                .withNode(design.node("db").orElseThrow().withAddress("10.0.2.5"));
        return design.withOverrides(new FlowOverrides(List.of(), List.of(new CustomFlow("c1", "app", "db", Protocol.UDP, null,
                PortSet.parse("1433-1434"), "Database browser"))));
    }

    private CheckResult check(String rules) throws Exception {
        return check(rules, null);
    }

    private CheckResult check(String rules, String objects) throws Exception {
        Path rulebase = folder.resolve("rules.csv");
        Files.writeString(rulebase, rules);
        Path objectsFile = null;
        if (objects != null) {
            objectsFile = folder.resolve("objects.csv");
            Files.writeString(objectsFile, objects);
        }
        return RulebaseCheck.check(new FlowEngine(CATALOG).analyze(design()), false,
                RulebaseReader.read(rulebase, objectsFile, ColumnMapping.defaults()));
    }

    /** The check of the custom UDP rule from the app server to the database. */
    private static RuleCheck udp(CheckResult result) {
        return result.checks().entrySet().stream().filter(e -> e.getKey().protocolText().equals("UDP")
                && e.getKey().source().id().equals("app")).map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    @Test
    void aBlockAllowsTheHostsInsideItAndARangeThePortsWithin() throws Exception {
        CheckResult result = check(HEADER + "fw,dmz-to-db,10.0.0.0/16,10.0.2.0/24,udp/1400-1500,allow\n");

        RuleCheck check = udp(result);
        assertThat(check.status()).isEqualTo(Status.ALLOWED);
        assertThat(check.allowedBy()).extracting(ExistingRule::name).containsExactly("dmz-to-db");
        assertThat(check.text()).isEqualTo("Yes: 'dmz-to-db' (row 2)");
    }

    @Test
    void aDenyAboveAnAllowHidesIt() throws Exception {
        CheckResult result = check(HEADER + "fw,block,any,10.0.2.5,any,deny\nfw,db,10.0.1.0/24,10.0.2.5,udp/1433-1434,allow\n");

        RuleCheck check = udp(result);
        assertThat(check.status()).isEqualTo(Status.MISSING);
        assertThat(check.deniedBy()).extracting(ExistingRule::name).containsExactly("block");
        assertThat(check.allowedBy()).isEmpty();
        assertThat(check.text()).isEqualTo("No: denied by 'block' (row 2)");
    }

    @Test
    void theFirstMatchWinsSoAnAllowAboveADenyAllows() throws Exception {
        CheckResult result = check(HEADER + "fw,db,10.0.1.0/24,10.0.2.5,udp/1433-1434,allow\nfw,block,any,any,any,deny\n");

        assertThat(udp(result).status()).isEqualTo(Status.ALLOWED);
    }

    @Test
    void everyPortWrittenFromPortZeroAllowsEveryPort() throws Exception {
        CheckResult result = check(HEADER + "fw,all-udp,10.0.1.0/24,10.0.2.5,udp/0-65535,allow\n");

        assertThat(udp(result).status()).isEqualTo(Status.ALLOWED);
    }

    @Test
    void aPortNotAllowedIsNamedAsMissing() throws Exception {
        CheckResult result = check(HEADER + "fw,db,10.0.1.5-10.0.1.6,10.0.2.5,udp/1433,allow\n");

        RuleCheck check = udp(result);
        assertThat(check.status()).isEqualTo(Status.PARTLY);
        assertThat(check.missingText()).isEqualTo("UDP 1434 from 10.0.1.5-10.0.1.6 to 10.0.2.5");
    }

    @Test
    void anAddressNotAllowedIsNamedAsMissing() throws Exception {
        CheckResult result = check(HEADER + "fw,db,10.0.1.5,10.0.2.5,udp/1433-1434,allow\n");

        RuleCheck check = udp(result);
        assertThat(check.status()).isEqualTo(Status.PARTLY);
        assertThat(check.missingText()).isEqualTo("UDP 1433-1434 from 10.0.1.6 to 10.0.2.5");
        assertThat(check.text()).startsWith("Partly: allowed by 'db' (row 2); missing UDP 1433-1434 from 10.0.1.6");
    }

    @Test
    void aDenyInTheMiddleCutsWhatTheAllowBelowItGives() throws Exception {
        CheckResult result = check(HEADER + "fw,no-6,10.0.1.6,any,any,deny\nfw,db,10.0.1.0/24,10.0.2.5,udp/1433-1434,allow\n");

        RuleCheck check = udp(result);
        assertThat(check.status()).isEqualTo(Status.PARTLY);
        assertThat(check.deniedBy()).extracting(ExistingRule::name).containsExactly("no-6");
        assertThat(check.missingText()).isEqualTo("UDP 1433-1434 from 10.0.1.6 to 10.0.2.5");
    }

    @Test
    void nestedGroupsOfTheObjectsFileResolve() throws Exception {
        String objects = "name,members\napp-servers,app-a;app-b\napp-a,10.0.1.5\napp-b,10.0.1.6\nsql,udp/1433\nsql,udp/1434\n"
                + "databases,10.0.2.0/28\n";

        CheckResult result = check(HEADER + "fw,db,app-servers,databases,sql,allow\n", objects);

        assertThat(udp(result).status()).isEqualTo(Status.ALLOWED);
    }

    @Test
    void rulesOfAnotherFirewallDoNotCountAndRulesWithoutOneCountEverywhere() throws Exception {
        CheckResult other = check(HEADER + "fw-other,db,any,any,any,allow\n");
        CheckResult everywhere = check("name,source,destination,service,action\ndb,any,10.0.2.5,udp/1433-1434,allow\n");

        assertThat(udp(other).status()).isEqualTo(Status.MISSING);
        assertThat(other.unknownFirewalls()).containsExactly("fw-other");
        assertThat(udp(everywhere).status()).isEqualTo(Status.ALLOWED);
    }

    @Test
    void anAllowRuleThatTouchesTheDesignButAllowsNothingItNeedsIsListedForReview() throws Exception {
        CheckResult result = check(HEADER + "fw,db,10.0.1.0/24,10.0.2.5,udp/1433-1434,allow\n"
                + "fw,old-rdp,10.0.1.5,10.0.2.5,tcp/3389,allow\nfw,elsewhere,10.9.0.1,10.9.0.2,tcp/22,allow\n");

        assertThat(result.unneeded()).extracting(ExistingRule::name).containsExactly("old-rdp");
    }

    @Test
    void everyRuleOfTheRequestIsChecked() throws Exception {
        CheckResult result = check(HEADER + "fw,all,any,any,any,allow\n");

        List<FirewallRule> rules = new FlowEngine(CATALOG).analyze(design()).rules().all();
        assertThat(result.checks()).hasSize(rules.size());
        assertThat(result.allAllowed()).isTrue();
    }
}
