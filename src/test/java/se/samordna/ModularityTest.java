package se.samordna;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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
    void thePlansDoorTakesTypedIdsNeverARawUuid() {
        ArchCondition<JavaCodeUnit> takeNoRawUuid = new ArchCondition<>("take no raw UUID (an AssociationId or a PlanId says which id it is)") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                if (unit.getRawParameterTypes().stream().anyMatch(type -> type.isEquivalentTo(java.util.UUID.class))) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName()));
                }
            }
        };
        // A member's consultation response keeps its own id (the API's answer names it); it refers to no other thing.
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("se.samordna.plan").and().arePublic()
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(se.samordna.plan.PlanCycle.Response.class.getName())
                .should(takeNoRawUuid).check(CLASSES);
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage("se.samordna.plan.web")
                .and().areAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
                .or().areDeclaredInClassesThat().resideInAPackage("se.samordna.plan.web").and().areMetaAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
                .should(takeNoRawUuid).check(CLASSES);
    }

    @Test
    void idsAreTypedAnAssociationsEverywhereAndALinesAndAnInitiativesAtThePlansDoor() {
        List<String> raw = new ArrayList<>();
        for (JavaClass type : CLASSES) {
            if (type.getPackageName().startsWith("db.migration")) {
                continue;
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (unit.getName().startsWith("lambda$") || unit.getName().equals("<clinit>")) {
                    continue;
                }
                java.lang.reflect.Parameter[] parameters = unit.reflect() instanceof java.lang.reflect.Executable executable
                        ? executable.getParameters() : new java.lang.reflect.Parameter[0];
                for (java.lang.reflect.Parameter parameter : parameters) {
                    if (parameter.getType() == java.util.UUID.class && parameter.getName().equals("associationId")) {
                        raw.add(unit.getFullName());
                    }
                    // The plan's door names its lines and initiatives by their typed ids too.
                    if (type.getPackageName().equals("se.samordna.plan") && unit.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                            && parameter.getType() == String.class && (parameter.getName().equals("lineId") || parameter.getName().equals("initiativeId")
                            || type.getSimpleName().equals("InitiativeWorkflow") && parameter.getName().equals("id"))) {
                        raw.add(unit.getFullName());
                    }
                }
            }
        }
        assertThat(raw).as("methods taking an id as a raw UUID or String").isEmpty();
    }

    /**
     * What is still passed raw between modules, each with its reason; a new raw id across a module boundary fails here.
     */
    static final java.util.Set<String> RAW_IDS_STILL_CROSSING = java.util.Set.of(
            // an item's subject is an initiative's id, a plan's id or a year, by the item's subject type
            "se.samordna.board.Meetings.addItem subjectId", "se.samordna.board.Meetings.deciding subjectId",
            // a row of figures the follow-up page looks up by its text
            "se.samordna.followup.ParticipantFollowUp$InitiativeFigures.<init> initiativeId",
            // a record's own id, given where the record is made
            "se.samordna.followup.ParticipantRecords.saveRecord id", "se.samordna.ledger.AccountRule.<init> id",
            "se.samordna.plan.Initiative.<init> id");

    @Test
    void noIdCrossesAModuleBoundaryRawExceptThoseNamed() {
        java.util.Set<String> raw = new java.util.TreeSet<>();
        for (JavaClass type : CLASSES) {
            String from = moduleOf(type.getPackageName());
            for (com.tngtech.archunit.core.domain.JavaCodeUnitAccess<?> call : type.getCodeUnitAccessesFromSelf()) {
                JavaCodeUnit target = call.getTarget().resolveMember().orElse(null);
                if (target == null) {
                    continue;
                }
                String to = moduleOf(target.getOwner().getPackageName());
                if (from == null || to == null || from.equals(to) || to.equals("shared")) {
                    continue;
                }
                java.lang.reflect.Parameter[] parameters = target.reflect() instanceof java.lang.reflect.Executable executable
                        ? executable.getParameters() : new java.lang.reflect.Parameter[0];
                for (java.lang.reflect.Parameter parameter : parameters) {
                    String name = parameter.getName();
                    if ((parameter.getType() == java.util.UUID.class || parameter.getType() == String.class)
                            && (name.endsWith("Id") || name.equals("id"))) {
                        String key = target.getOwner().getName() + "." + target.getName() + " " + name;
                        if (!RAW_IDS_STILL_CROSSING.contains(key)) {
                            raw.add(key + " (from " + type.getName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(raw).as("ids passed raw from one module to another").isEmpty();
    }

    private static String moduleOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 && parts[0].equals("se") && parts[1].equals("samordna") ? parts[2] : null;
    }

    @Test
    void thePlansClassesHaveNoCycle() {
        java.util.Map<String, java.util.Set<String>> uses = new java.util.TreeMap<>();
        for (JavaClass type : CLASSES) {
            if (!type.getPackageName().startsWith("se.samordna.plan")) {
                continue;
            }
            String from = topLevel(type);
            for (com.tngtech.archunit.core.domain.Dependency dependency : type.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith("se.samordna.plan") && !topLevel(target).equals(from)) {
                    uses.computeIfAbsent(from, k -> new java.util.TreeSet<>()).add(topLevel(target));
                }
            }
        }
        assertThat(cycles(uses)).as("classes of the plan module that depend on each other in a cycle").isEmpty();
    }

    private static String topLevel(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getName();
    }

    /** The strongly connected groups of more than one class (Tarjan). */
    private static List<java.util.Set<String>> cycles(java.util.Map<String, java.util.Set<String>> uses) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        java.util.Map<String, Integer> low = new java.util.HashMap<>();
        java.util.Deque<String> stack = new java.util.ArrayDeque<>();
        List<java.util.Set<String>> found = new ArrayList<>();
        for (String start : uses.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, uses, index, low, stack, found);
            }
        }
        return found;
    }

    private static void connect(String v, java.util.Map<String, java.util.Set<String>> uses, java.util.Map<String, Integer> index,
                                java.util.Map<String, Integer> low, java.util.Deque<String> stack, List<java.util.Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        for (String w : uses.getOrDefault(v, java.util.Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, uses, index, low, stack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            java.util.Set<String> group = new java.util.TreeSet<>();
            String w;
            do {
                w = stack.pop();
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                found.add(group);
            }
        }
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
