package io.portolan.io.export.objects;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.engine.RequestRules;
import io.portolan.io.design.Templates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template's objects, whatever the catalog holds: each rule is grouped once or left out with a reason. */
class TemplateObjectsTest {

    static Stream<String> templates() {
        return Templates.list().stream().map(Templates.Template::name);
    }

    private static FlowAnalysis analyse(String template) throws Exception {
        return new FlowEngine(PlainDesigns.CATALOG).analyze(Templates.load(template, PlainDesigns.CATALOG));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyRuleOfAFirewallIsInExactlyOneGroupedRuleOrLeftOutWithAReason(String template) throws Exception {
        FlowAnalysis analysis = analyse(template);
        RequestRules request = analysis.rules(false);
        FirewallObjects objects = FirewallObjects.of(request, analysis.design(), ObjectNaming.DEFAULT);

        List<Integer> grouped = new ArrayList<>();
        objects.rules().forEach(r -> grouped.addAll(r.numbers()));
        List<Integer> left = objects.leftOut().stream().filter(l -> !l.partly()).map(LeftOutRule::number).toList();
        int onBoundaries = request.size() - request.unrouted().size();
        assertThat(grouped).doesNotHaveDuplicates().noneMatch(left::contains);
        assertThat(grouped.size() + left.size()).isEqualTo(onBoundaries);
        assertThat(objects.rulesAfter()).isLessThanOrEqualTo(objects.rulesBefore());
        assertThat(objects.leftOut()).allSatisfy(l -> assertThat(l.reason()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyRuleNamesTheObjectsOfItsEndsThatHaveAddresses(String template) throws Exception {
        FlowAnalysis analysis = analyse(template);
        FirewallObjects objects = FirewallObjects.of(analysis.rules(false), analysis.design(), ObjectNaming.of("PTL_", NameCase.LOWER));

        analysis.rules(false).all().forEach(rule -> {
            assertThat(objects.sourceOf(rule) == null).isEqualTo(rule.sourceAddress().isBlank());
            assertThat(objects.destinationOf(rule) == null).isEqualTo(rule.destinationAddress().isBlank());
        });
        assertThat(objects.addresses()).allSatisfy(a -> assertThat(a.name()).startsWith("ptl_").hasSizeLessThanOrEqualTo(31)
                .matches("[a-z0-9_-]+"));
    }
}
