package io.portolan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md: the core never sees the window, and dependencies point one way. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.portolan");
    }

    @Test
    void coreLayersNeverImportJavaFx() {
        ArchRule rule = noClasses()
                .that().resideInAnyPackage("io.portolan.model..", "io.portolan.catalog..", "io.portolan.engine..",
                        "io.portolan.edit..", "io.portolan.io..", "io.portolan.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp.ikonli.javafx..")
                .because("model, catalog, engine, edit, io and cli run without a display; ui is a view over them (the picture"
                        + " draws Ikonli's glyphs from its font packs, which need no JavaFX)");
        rule.check(classes);
    }

    @Test
    void modelDependsOnNothingElseOfPortolan() {
        noClasses().that().resideInAPackage("io.portolan.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.portolan.catalog..", "io.portolan.engine..",
                        "io.portolan.edit..", "io.portolan.io..", "io.portolan.cli..", "io.portolan.ui..", "io.portolan.app..")
                .check(classes);
    }

    @Test
    void catalogAndEngineDoNotReachUpwards() {
        noClasses().that().resideInAnyPackage("io.portolan.catalog..", "io.portolan.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.portolan.edit..", "io.portolan.io..",
                        "io.portolan.cli..", "io.portolan.ui..", "io.portolan.app..")
                .check(classes);
    }

    /** Every package is a slice of its own, parent packages included, so no two packages of Portolan depend on each other. */
    @Test
    void noPackageCyclesAnywhere() {
        SliceAssignment everyPackage = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return javaClass.getPackageName().startsWith("io.portolan")
                        ? SliceIdentifier.of(javaClass.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package of Portolan";
            }
        };
        slices().assignedFrom(everyPackage).should().beFreeOfCycles().check(classes);
    }

    @Test
    void editsChangeDesignsWithoutTheEngineOrFiles() {
        noClasses().that().resideInAPackage("io.portolan.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("io.portolan.engine..", "io.portolan.io..")
                .because("a command turns one design into the next; the window reruns the engine and io saves")
                .check(classes);
    }

    @Test
    void filesAndExportsNeverEditADesign() {
        noClasses().that().resideInAPackage("io.portolan.io..")
                .should().dependOnClassesThat().resideInAPackage("io.portolan.edit..")
                .check(classes);
    }

    @Test
    void theCatalogIsDataTheEngineReadsNotTheOtherWayRound() {
        noClasses().that().resideInAPackage("io.portolan.catalog..")
                .should().dependOnClassesThat().resideInAPackage("io.portolan.engine..")
                .check(classes);
    }

    @Test
    void theStrictJsonReaderDependsOnNothingElseOfPortolan() {
        noClasses().that().resideInAPackage("io.portolan.json..")
                .should().dependOnClassesThat().resideInAnyPackage("io.portolan.model..", "io.portolan.catalog..",
                        "io.portolan.engine..", "io.portolan.edit..", "io.portolan.io..", "io.portolan.cli..", "io.portolan.ui..",
                        "io.portolan.app..")
                .check(classes);
    }

    @Test
    void viewModelsAreTestableWithoutAScene() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view model exposes properties a view binds to; it is unit-tested without a window (STYLE.md, MVVM)")
                .check(classes);
    }

    @Test
    void onlyTheApplicationShellUsesTheWindowAndTheCommandLineTogether() {
        noClasses().that().resideOutsideOfPackages("io.portolan.app..", "io.portolan.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.portolan.ui..", "io.portolan.app..")
                .check(classes);
    }
}
