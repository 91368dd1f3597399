package io.portolan.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.model.Design;
import io.portolan.testing.DesignArbitraries;
import io.portolan.testing.OwnRulebase;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OwnRulesPropertyTest {

    private static final FlowEngine ENGINE = new FlowEngine(DesignArbitraries.CATALOG);

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Property(tries = 60)
    void checkingADesignAgainstItsOwnExportedRulesFindsEveryRoutedRuleAllowed(@ForAll("designs") Design design) throws Exception {
        FlowAnalysis analysis = ENGINE.analyze(design);
        Path file = Files.createTempFile("own-rules", ".csv");
        try {
            Files.writeString(file, OwnRulebase.csv(analysis, false));
            CheckResult result = RulebaseCheck.check(analysis, false, RulebaseReader.read(file, null, ColumnMapping.defaults()));

            assertThat(result.checks()).allSatisfy((rule, check) -> {
                if (rule.boundary() != null) {
                    assertThat(check.status()).as(rule.boundary().name() + " " + rule.protocolText() + " [" + rule.portText() + "] [" + rule.sourceAddress() + "] -> [" + rule.destinationAddress() + "] " + check.text() + "\n" + OwnRulebase.csv(analysis, false)).isEqualTo(RuleCheck.Status.ALLOWED);
                }
            });
        } finally {
            Files.delete(file);
        }
    }
}
