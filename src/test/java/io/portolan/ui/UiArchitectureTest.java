package io.portolan.ui;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window's packages (docs/decisions/0011): the shell {@code io.portolan.ui} on top, the canvas and the
 * panels under it, the document and the theme at the bottom, and no cycle among them.
 */
class UiArchitectureTest {

    private static final String UI = "io.portolan.ui";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(UI);
    }

    /** The shell package itself is a slice too, which {@code slices().matching("io.portolan.ui.(*)..")} leaves out. */
    private static ArchRule noCyclesBelow(String root) {
        SliceAssignment packages = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(root)) {
                    return SliceIdentifier.of("shell");
                }
                if (name.startsWith(root + ".")) {
                    return SliceIdentifier.of(name.substring(root.length() + 1).split("\\.")[0]);
                }
                return SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + root + ", the package itself as the shell";
            }
        };
        return slices().assignedFrom(packages).should().beFreeOfCycles();
    }

    @Test
    void uiPackagesHaveNoCycles() {
        noCyclesBelow(UI).check(classes);
    }

    @Test
    void theCycleRuleCatchesAShellThatItsCanvasCallsBack() {
        JavaClasses withCycle = new ClassFileImporter().importPackages(UI + ".cyclefixture");
        assertThatThrownBy(() -> noCyclesBelow(UI + ".cyclefixture").check(withCycle))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void servicesSitUnderTheCanvasAndPanelsWhichSitUnderTheShell() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Shell").definedBy(UI)
                .layer("Canvas").definedBy(UI + ".canvas..")
                .layer("Panels").definedBy(UI + ".panels..")
                .layer("Document").definedBy(UI + ".document..")
                .layer("Theme").definedBy(UI + ".theme..")
                .whereLayer("Shell").mayNotBeAccessedByAnyLayer()
                .whereLayer("Canvas").mayOnlyBeAccessedByLayers("Shell")
                .whereLayer("Panels").mayOnlyBeAccessedByLayers("Shell", "Canvas")
                .whereLayer("Document").mayOnlyBeAccessedByLayers("Shell", "Canvas", "Panels")
                .whereLayer("Theme").mayOnlyBeAccessedByLayers("Shell", "Canvas", "Panels")
                .because("the shell wires the window together; what it wires must not need it back")
                .check(classes);
    }
}
