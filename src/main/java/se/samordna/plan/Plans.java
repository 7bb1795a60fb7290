package se.samordna.plan;

import se.samordna.shared.LineId;
import se.samordna.shared.AssociationId;
import se.samordna.shared.PlanId;
import se.samordna.plan.rules.PlanEdits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * Stores each association's plan. Every save names the version it started from; a save from an older
 * version is refused (two people editing the same budget never overwrite each other). Imports are all
 * or nothing. Every change is audited.
 */
@Service
public class Plans {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final PlanStore store;
    private final org.springframework.beans.factory.ObjectProvider<LineReferences> references;

    Plans(JdbcClient jdbc, AuditLog auditLog, PlanStore store, org.springframework.beans.factory.ObjectProvider<LineReferences> references) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.store = store;
        this.references = references;
    }

    /**
     * Renames the line with this id; everything that refers to it (account rules, profiles, forecasts, grants) keeps
     * referring to it. Refused with 409 when the plan has moved on from {@code expectedVersion}.
     */
    @Transactional
    public StoredPlan renameLine(AssociationId associationId, LineId lineId, String name, long expectedVersion) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException(Text.of("place.namn"), Text.of("error.geRadenEttNamnHogst"));
        }
        StoredPlan stored = get(associationId);
        int[] place = stored.plan().lineIndex(lineId).orElseThrow(() -> new NotFoundException(Text.of("error.budgetradenFinnsInte2", lineId)));
        Plan.BudgetLine before = stored.plan().budget().groups().get(place[0]).lines().get(place[1]);
        StoredPlan saved = save(associationId, stored, PlanEdits.replaceLine(stored.plan(), place[0], place[1], before.withName(name.strip())),
                expectedVersion);
        auditLog.record(associationId, "budget-line", lineId, "renamed", Map.of("from", before.name(), "to", name.strip()));
        return saved;
    }

    /** The lines other capabilities refer to. */
    @Transactional(readOnly = true)
    public java.util.Set<String> referencedLines(AssociationId associationId) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        references.orderedStream().forEach(r -> ids.addAll(r.referencedLines(associationId)));
        return ids;
    }

    /** What other capabilities keep about the line (asked before it is removed). */
    @Transactional(readOnly = true)
    public List<Text> referencesTo(AssociationId associationId, LineId lineId) {
        return references.orderedStream().flatMap(r -> r.referencesTo(associationId, lineId).stream()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StoredPlan> find(AssociationId associationId) {
        return store.current(associationId).map(PlanStore.Row::stored);
    }

    /** One plan of the association, whatever its status. */
    @Transactional(readOnly = true)
    public StoredPlan get(AssociationId associationId, PlanId planId) {
        return store.find(associationId, planId.value()).map(PlanStore.Row::stored).orElseThrow(() -> new NotFoundException(Text.of("error.planenFinnsInte")));
    }

    /** Where the association's current plan stands: which period, which status, adopted when. */
    @Transactional(readOnly = true)
    public Optional<PlanPeriod> currentPeriod(AssociationId associationId) {
        return store.currentPeriod(associationId);
    }

    /** The members' names, read straight from the stored plan (no parse of the whole plan; the follow-up page asks). */
    public java.util.List<String> memberNames(AssociationId associationId) {
        return jdbc.sql("select m ->> 'name' from (select content, status, budget_year, created_at from plan where association_id = :a "
                + PlanStore.CURRENT_ORDER + ") p, jsonb_array_elements(coalesce(p.content -> 'members', '[]'::jsonb)) m").param("a", associationId.value()).query(String.class).list();
    }

    /** The plan's initiative names by id, read straight from the stored JSON (for lists that need nothing else of the plan). */
    public java.util.Map<String, String> initiativeNames(AssociationId associationId) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select i ->> 'id', i ->> 'name' from (select content, status, budget_year, created_at from plan where association_id = :a "
                + PlanStore.CURRENT_ORDER + ") p, jsonb_array_elements(coalesce(p.content -> 'initiatives', '[]'::jsonb)) i").param("a", associationId.value())
                .query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    public StoredPlan get(AssociationId associationId) {
        return find(associationId).orElseThrow(() -> new NotFoundException(Text.of("error.forbundetHarIngenPlanAnnu")));
    }

    /**
     * Replaces the association's plan with the file's content. {@code expectedVersion} is the version the
     * user started from (null: only allowed when the association has no plan yet, or to overwrite on purpose
     * with {@code force}).
     */
    @Transactional
    public StoredPlan importFile(AssociationId associationId, String yaml, Long expectedVersion) {
        Plan plan = PlanFiles.read(yaml);
        int budgetYear = plan.budgetYear();
        Optional<PlanStore.Row> open = store.openFor(associationId, budgetYear);
        StoredPlan saved;
        if (open.isPresent()) {
            saved = store.save(associationId, open.get().stored(), plan, expectedVersion);
        } else {
            store.adoptedFor(associationId, budgetYear).ifPresent(adopted -> PlanStore.refuseIfClosed(adopted.period()));
            saved = store.insert(associationId, plan, null);
        }
        auditLog.record(associationId, "plan", associationId, "imported",
                Map.of("version", saved.version(), "lines", plan.budget().groups().stream().mapToInt(g -> g.lines().size()).sum()));
        return saved;
    }

    /** Changes one amount of one line in one year. */
    @Transactional
    public StoredPlan changeAmount(AssociationId associationId, int group, int line, int year, Money amount, long expectedVersion) {
        StoredPlan stored = get(associationId);
        Plan plan = stored.plan();
        List<Plan.LineGroup> groups = plan.budget().groups();
        if (group < 0 || group >= groups.size() || line < 0 || line >= groups.get(group).lines().size()) {
            throw new NotFoundException(Text.of("error.budgetradenFinnsInte"));
        }
        if (plan.budget().year(year).isEmpty()) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.aretFinnsInteIBudgeten", year, plan.budget().years().stream().map(y -> String.valueOf(y.year())).toList()));
        }
        if (amount.isNegative()) {
            throw new InvalidInputException(Text.of("place.belopp"), Text.of("error.beloppetSkrivsUtanMinusteckenRadens"));
        }
        Plan.BudgetLine before = groups.get(group).lines().get(line);
        SortedMap<Integer, Money> amounts = new TreeMap<>(before.amounts());
        amounts.put(year, amount);
        Plan.BudgetLine after = before.withAmounts(amounts);
        Plan changed = PlanEdits.replaceLine(plan, group, line, after);
        StoredPlan saved = save(associationId, stored, changed, expectedVersion);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("line", (before.ref() == null ? "" : before.ref() + " ") + before.name());
        changes.put("place", group + "/" + line);
        changes.put("year", year);
        changes.put("from", before.amount(year).kronor());
        changes.put("to", amount.kronor());
        auditLog.record(associationId, "budget-line", lineId(before, group, line), "amount-changed", changes);
        return saved;
    }

    /**
     * Applies a change built from the domain's verbs (for example {@link InitiativeWorkflow}) to the stored
     * plan, refusing it when the plan has moved on from {@code expectedVersion}; audits it as given.
     */
    @Transactional
    public StoredPlan change(AssociationId associationId, long expectedVersion, java.util.function.UnaryOperator<Plan> change,
                             String entity, Object entityId, String action, Map<String, ?> auditChanges) {
        StoredPlan stored = get(associationId);
        StoredPlan saved = save(associationId, stored, change.apply(stored.plan()), expectedVersion);
        auditLog.record(associationId, entity, entityId, action, auditChanges);
        return saved;
    }

    /**
     * Applies a board decision or another step of an initiative to the plan being worked on. When the association has no
     * open plan but an adopted one, the step goes into a new revision draft of it (pending adoption), never into the
     * adopted plan.
     */
    @Transactional
    public StoredPlan changeInDraft(AssociationId associationId, long expectedVersion, java.util.function.UnaryOperator<Plan> change,
                                    String entity, Object entityId, String action, Map<String, ?> auditChanges) {
        StoredPlan stored = get(associationId);
        long version = expectedVersion;
        if (stored.status() == PlanStatus.ADOPTED) {
            if (expectedVersion != stored.version()) {
                throw PlanStore.movedOn(Text.of("plan.part.plan"), stored.version(), Text.of("plan.part.version", expectedVersion));
            }
            UUID adopted = stored.id().value();
            stored = store.insert(associationId, stored.plan().asDraft(), adopted);
            version = stored.version();
            auditLog.record(associationId, "plan", stored.id(), "revision-started", Map.of("basedOn", adopted, "for", action));
        }
        StoredPlan saved = store.save(associationId, stored, change.apply(stored.plan()), version);
        auditLog.record(associationId, entity, entityId, action, auditChanges);
        return saved;
    }

    /** Adds a line at the end of a group; its amounts start at zero in every year of the budget. */
    @Transactional
    public StoredPlan addLine(AssociationId associationId, int group, String ref, String name, LineType type, CostCategory category,
                              long expectedVersion) {
        StoredPlan stored = get(associationId);
        Plan plan = stored.plan();
        List<InvalidInputException.Problem> problems = new java.util.ArrayList<>();
        if (group < 0 || group >= plan.budget().groups().size()) {
            throw new NotFoundException(Text.of("error.gruppenFinnsInteIBudgeten"));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.namn"), Text.of("error.geRadenEttNamnHogst")));
        }
        if (ref != null && ref.length() > 40) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.nummer"), Text.of("error.projektEllerKontonumretFarVara")));
        }
        if (type == null) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.typ"), Text.of("error.valjRadensTyp")));
        }
        if (type == LineType.COST && category == null) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.kategori"), Text.of("error.enKostnadSkaHaEn")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SortedMap<Integer, Money> amounts = new TreeMap<>();
        plan.budget().years().forEach(y -> amounts.put(y.year(), Money.ZERO));
        Plan.BudgetLine line = new Plan.BudgetLine(ref == null || ref.isBlank() ? null : ref.trim(), name.trim(), type,
                type == LineType.COST ? category : null, null, amounts);
        StoredPlan saved = save(associationId, stored, PlanEdits.addLine(plan, group, line), expectedVersion);
        List<Plan.BudgetLine> after = saved.plan().budget().groups().get(group).lines();
        auditLog.record(associationId, "budget-line", lineId(after.get(after.size() - 1), group, after.size() - 1), "added",
                Map.of("name", line.name(), "type", type.name(), "group", plan.budget().groups().get(group).name(),
                        "place", group + "/" + (after.size() - 1)));
        return saved;
    }

    /** Adds a year next to the budget's years (see {@link se.samordna.plan.rules.BudgetYears#add}). */
    @Transactional
    public StoredPlan addYear(AssociationId associationId, int year, long expectedVersion) {
        StoredPlan stored = get(associationId);
        StoredPlan saved = save(associationId, stored, se.samordna.plan.rules.BudgetYears.add(stored.plan(), year), expectedVersion);
        auditLog.record(associationId, "budget-year", year, "added", Map.of("year", year));
        return saved;
    }

    /** Removes the first or last year of the budget with its amounts (never the budget year). */
    @Transactional
    public StoredPlan removeYear(AssociationId associationId, int year, long expectedVersion) {
        StoredPlan stored = get(associationId);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("year", year);
        stored.plan().budget().groups().forEach(g -> g.lines().forEach(l -> {
            if (!l.amount(year).isZero()) {
                changes.put(l.name(), l.amount(year).kronor());
            }
        }));
        StoredPlan saved = save(associationId, stored, se.samordna.plan.rules.BudgetYears.remove(stored.plan(), year), expectedVersion);
        auditLog.record(associationId, "budget-year", year, "removed", changes);
        return saved;
    }

    /** A line's id for the audit log: the line's own, which does not move when other lines come and go. */
    private static String lineId(Plan.BudgetLine line, int group, int index) {
        return line.id() != null ? line.id() : group + "/" + index;
    }

    /** Where the line with this id is in the current plan: its group's index and its index in the group; 404 when none. */
    public int[] linePlace(AssociationId associationId, LineId lineId) {
        return get(associationId).plan().lineIndex(lineId).orElseThrow(() -> new NotFoundException(Text.of("error.budgetradenFinnsInte2", lineId)));
    }

    /** Removes a line with all its amounts (see {@link #removeLine(UUID, int, int, long, boolean)}). */
    @Transactional
    public StoredPlan removeLine(AssociationId associationId, int group, int line, long expectedVersion) {
        return removeLine(associationId, group, line, expectedVersion, false);
    }

    /**
     * Removes a line with all its amounts. When something refers to the line (the books' account rules), the removal is
     * refused (409, naming what) until {@code confirmed}; after it, those rules name no line and their accounts show as
     * unmapped, never lost.
     */
    @Transactional
    public StoredPlan removeLine(AssociationId associationId, int group, int line, long expectedVersion, boolean confirmed) {
        StoredPlan stored = get(associationId);
        Plan plan = stored.plan();
        List<Plan.LineGroup> groups = plan.budget().groups();
        if (group < 0 || group >= groups.size() || line < 0 || line >= groups.get(group).lines().size()) {
            throw new NotFoundException(Text.of("error.budgetradenFinnsInte"));
        }
        Plan.BudgetLine removed = groups.get(group).lines().get(line);
        if (!confirmed && removed.id() != null && stored.version() == expectedVersion) {
            List<Text> referring = referencesTo(associationId, LineId.of(removed.id()));
            if (!referring.isEmpty()) {
                throw new se.samordna.shared.ConflictException(Text.of("budget.lineHasReferences", removed.name(),
                        (se.samordna.shared.Localized) locale -> String.join("; ", referring.stream().map(t -> t.in(locale)).toList())));
            }
        }
        StoredPlan saved = save(associationId, stored, PlanEdits.removeLine(plan, group, line), expectedVersion);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("name", removed.name());
        changes.put("place", group + "/" + line);
        removed.amounts().forEach((year, amount) -> changes.put(String.valueOf(year), amount.kronor()));
        auditLog.record(associationId, "budget-line", lineId(removed, group, line), "removed", changes);
        return saved;
    }

    /** Replaces the association's financial rules (ceiling, floor, administration goal, target split). */
    @Transactional
    public StoredPlan changeRules(AssociationId associationId, Plan.FinancialRules rules, long expectedVersion) {
        List<InvalidInputException.Problem> problems = new java.util.ArrayList<>();
        checkPercent(problems, Text.of("place.ceilingPercent"), rules.equityCeilingPercent(), true);
        checkPercent(problems, Text.of("place.adminGoalPercent"), rules.adminShareGoalPercent(), false);
        if (rules.equityCeilingBase() == null) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.basForTaket"), Text.of("error.valjAretsTilldelningEllerBudgeterade")));
        }
        if (rules.equityFloor() == null || rules.equityFloor().isNegative()) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.golvForEgetKapital"), Text.of("error.golvetSkaVaraEttBelopp")));
        }
        if (rules.adminShareGoalYear() != null && (rules.adminShareGoalYear() < 2000 || rules.adminShareGoalYear() > 2100)) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.malar"), Text.of("error.aretLiggerUtanfor20002100", rules.adminShareGoalYear())));
        }
        rules.targetSplit().forEach((category, percent) -> checkPercent(problems, Text.of("place.plannedShare", category), percent, true));
        java.math.BigDecimal sum = rules.targetSplit().values().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        if (!rules.targetSplit().isEmpty() && sum.compareTo(java.math.BigDecimal.valueOf(100)) != 0) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.planeradFordelning"), Text.of("error.andelarnaSkaSummeraTill100", sum.toPlainString())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StoredPlan stored = get(associationId);
        Plan before = stored.plan();
        Plan changed = before.withRules(rules);
        StoredPlan saved = save(associationId, stored, changed, expectedVersion);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("equityCeilingPercent", rules.equityCeilingPercent());
        changes.put("equityCeilingBase", rules.equityCeilingBase().name());
        changes.put("equityFloor", rules.equityFloor().kronor());
        changes.put("adminShareGoalPercent", rules.adminShareGoalPercent());
        changes.put("adminShareGoalYear", rules.adminShareGoalYear());
        changes.put("targetSplit", rules.targetSplit());
        auditLog.record(associationId, "financial-rules", associationId, "changed", changes);
        return saved;
    }

    /** The rules initiatives are decided by: from which total grant a steering group is required, and whether the statement is. */
    @Transactional
    public StoredPlan changeInitiativeRules(AssociationId associationId, Plan.InitiativeRules rules, long expectedVersion) {
        if (rules.steeringGroupThreshold() == null || rules.steeringGroupThreshold().isNegative()) {
            throw new InvalidInputException(Text.of("place.gransForStyrgrupp"), Text.of("error.gransenSkaVaraEttBelopp"));
        }
        StoredPlan stored = get(associationId);
        StoredPlan saved = save(associationId, stored, stored.plan().withInitiativeRules(rules), expectedVersion);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("steeringGroupThreshold", rules.steeringGroupThreshold().kronor());
        changes.put("statementRequired", rules.statementRequired());
        auditLog.record(associationId, "initiative-rules", associationId, "changed", changes);
        return saved;
    }

    private static void checkPercent(List<InvalidInputException.Problem> problems, Text place, java.math.BigDecimal value,
                                     boolean required) {
        if (value == null) {
            if (required) {
                problems.add(InvalidInputException.Problem.of(place, Text.of("error.saknas")));
            }
            return;
        }
        if (value.signum() < 0 || value.compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            problems.add(InvalidInputException.Problem.of(place, Text.of("error.procentsatsenSkaLiggaMellan0", value.toPlainString())));
        }
    }

    private StoredPlan save(AssociationId associationId, StoredPlan base, Plan changed, Long expectedVersion) {
        return store.save(associationId, base, changed, expectedVersion);
    }
}
