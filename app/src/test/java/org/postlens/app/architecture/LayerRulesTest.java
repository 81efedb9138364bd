package org.postlens.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency directions of DESIGN.md, checked on every test run. */
@AnalyzeClasses(packages = "org.postlens.app", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.postlens.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("everything below the UI runs headless: CLI, tests, jobs");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses()
            .that().resideOutsideOfPackage("org.postlens.app.store..")
            .and().resideOutsideOfPackage("org.postlens.app.cli.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("nothing outside store writes SQL (the import bench's bare-JDBC baseline is the one exception)");

    @ArchTest
    static final ArchRule theDomainDependsOnNothingOfTheApp = noClasses()
            .that().resideInAPackage("org.postlens.app.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.postlens.app.store..", "org.postlens.app.ingest..", "org.postlens.app.service..",
                    "org.postlens.app.ui..", "org.postlens.app.cli..", "org.postlens.app.export..");

    @ArchTest
    static final ArchRule lowerLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("org.postlens.app.store..", "org.postlens.app.ingest..",
                    "org.postlens.app.media..", "org.postlens.app.export..", "org.postlens.app.jobs..",
                    "org.postlens.app.embed..", "org.postlens.app.language..", "org.postlens.app.training..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.postlens.app.service..", "org.postlens.app.ui..", "org.postlens.app.cli..");

    @ArchTest
    static final ArchRule readersDoNotTouchTheStore = noClasses()
            .that().resideInAPackage("org.postlens.app.ingest..")
            .should().dependOnClassesThat().resideInAPackage("org.postlens.app.store..")
            .because("readers turn files into records; storing them is the import service's job");

    @ArchTest
    static final ArchRule theCliDoesNotLoadTheUi = noClasses()
            .that().resideInAPackage("org.postlens.app.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.postlens.app.ui..")
            .because("the command line must work without a display");
}
