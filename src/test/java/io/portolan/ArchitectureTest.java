package io.portolan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
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
                        "atlantafx..", "org.kordamp.ikonli..")
                .because("model, catalog, engine, edit, io and cli run without a display; ui is a view over them");
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

    @Test
    void onlyTheApplicationShellUsesTheWindowAndTheCommandLineTogether() {
        noClasses().that().resideOutsideOfPackages("io.portolan.app..", "io.portolan.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.portolan.ui..", "io.portolan.app..")
                .check(classes);
    }
}
