package se.samordna;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The module boundaries of docs/architecture.md, verified. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SamordnaApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("se.samordna");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void thePlanDomainNeedsNoSpringSoTheCommandLineRunsWithoutServer() {
        noClasses().that().resideInAnyPackage("se.samordna.plan", "se.samordna.plan.rules", "se.samordna.plan.file")
                .and().haveSimpleNameStartingWith("Plan").and().doNotHaveSimpleName("Plans")
                .and().doNotHaveSimpleName("PlanStore").and().doNotHaveSimpleName("PlanCycle").and().doNotHaveSimpleName("PlanTexts")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("se.samordna.cli..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void onlyThePlanModuleComputesAPlansFiguresEveryoneElseReadsPlanFigures() {
        noClasses().that().resideOutsideOfPackage("se.samordna.plan..")
                .should().dependOnClassesThat().haveFullyQualifiedName("se.samordna.plan.rules.PlanCalculator")
                .because("a plan's figures are computed once, in PlanFigures, and read by everyone else")
                .check(CLASSES);
    }

    @Test
    void thePlanHasOneDoorItsRootPackage() {
        noClasses().that().resideOutsideOfPackage("se.samordna.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("se.samordna.plan.rules..", "se.samordna.plan.file..", "se.samordna.plan.web..")
                .because("the plan publishes its services, PlanFigures, its records and its events in se.samordna.plan; its parts are its own")
                .check(CLASSES);
    }

    @Test
    void thePlansInternalPartsHaveNoCycleAndUseTheRootOnlyForItsRecordsAndRules() {
        slices().matching("se.samordna.plan.(*)..").should().beFreeOfCycles().check(CLASSES);
        noClasses().that().resideInAnyPackage("se.samordna.plan.rules..", "se.samordna.plan.file..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("se.samordna.plan")
                        .and(CanBeAnnotated.Predicates.metaAnnotatedWith(org.springframework.stereotype.Component.class)))
                .because("the rules and the file format work on the plan's records; the services above them use them, never the reverse")
                .check(CLASSES);
    }

    @Test
    void moneyIsNeverADouble() {
        noClasses().that().resideInAPackage("se.samordna..")
                .should().callMethod(Double.class, "parseDouble", String.class)
                .check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
