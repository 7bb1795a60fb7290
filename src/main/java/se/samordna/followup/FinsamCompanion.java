package se.samordna.followup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.initiative.Initiatives;
import se.samordna.ledger.LedgerFollowUp;
import se.samordna.plan.Plan;
import se.samordna.plan.budget.CostCategory;
import se.samordna.plan.budget.PlanCalculator;
import se.samordna.plan.budget.YearFigures;
import se.samordna.plan.initiatives.Initiative;
import se.samordna.plan.initiatives.InitiativeKind;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.MoneyFormat;
import se.samordna.shared.Text;

/**
 * Everything the association's administrator registers in Uppföljning Finsam for a year, on one page: the allocated funds
 * and equity, administration's budget and outcome, and per initiative its budget and outcome, budgeted participants,
 * direction, target group, ESF funding and new participants by legal sex; with the director's checklist of what is
 * registered, and a warning where a figure changed after it was ticked off.
 */
@Service
public class FinsamCompanion {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final LedgerFollowUp books;
    private final Initiatives initiatives;
    private final se.samordna.initiative.InitiativeRecords records;
    private final ParticipantFollowUp participants;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    FinsamCompanion(LedgerFollowUp books, Initiatives initiatives, ParticipantFollowUp participants, JdbcClient jdbc, AuditLog auditLog,
                    se.samordna.initiative.InitiativeRecords records) {
        this.records = records;
        this.books = books;
        this.initiatives = initiatives;
        this.participants = participants;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** One thing to register: its key, the section and label as Uppföljning Finsam asks, its value now, and its tick. */
    public record Item(String key, String section, String label, String value, Tick tick) {
        public boolean changedSinceTicked() {
            return tick != null && !tick.value().equals(value);
        }
    }

    public record Tick(String value, LocalDate tickedOn, String tickedBy) {
    }

    @Transactional(readOnly = true)
    public List<Item> items(UUID associationId, int year) {
        Plan plan = books.plan(associationId, year);
        Map<String, Tick> ticks = ticks(associationId, year);
        List<String[]> rows = new ArrayList<>();
        economy(associationId, plan, year, rows);
        Map<String, Initiatives.FollowUpRow> outcomes = new HashMap<>();
        initiatives.followUp(associationId).stream().filter(r -> r.year() == year).forEach(r -> outcomes.put(r.initiativeId(), r));
        Map<String, int[]> newParticipants = new HashMap<>();
        participants.volumes(associationId, year).forEach(v -> {
            int[] sums = newParticipants.computeIfAbsent(v.initiativeId(), k -> new int[2]);
            sums[0] += v.women();
            sums[1] += v.men();
        });
        for (Initiative i : plan.initiatives()) {
            Initiatives.FollowUpRow row = outcomes.get(i.id());
            if (row == null && !i.granted().containsKey(year)) {
                continue;
            }
            String section = "Insats: " + i.name();
            String key = "initiative." + i.id() + ".";
            rows.add(new String[]{key + "budget", section, "Budget " + year, row == null ? "–" : MoneyFormat.kronor(row.budget())});
            rows.add(new String[]{key + "outcome", section, "Utfall " + year, row == null || row.outcome() == null ? "–"
                    : MoneyFormat.kronor(row.outcome()) + (row.fromBooks() ? " (bokfört)" : "")});
            rows.add(new String[]{key + "participants", section, "Budgeterat antal deltagare",
                    i.budgetedParticipants() == null ? "–" : String.valueOf(i.budgetedParticipants())});
            rows.add(new String[]{key + "direction", section, "Inriktning", i.kind() == InitiativeKind.INDIVIDUAL ? "Individinriktad" : "Strukturinriktad"});
            rows.add(new String[]{key + "targetGroup", section, "Målgrupp", i.targetGroup() == null ? "–" : i.targetGroup()});
            rows.add(new String[]{key + "esf", section, "Finansieras även av ESF", i.esf() ? "Ja" : "Nej"});
            if (i.kind() == InitiativeKind.INDIVIDUAL) {
                int[] sums = newParticipants.getOrDefault(i.id(), new int[2]);
                rows.add(new String[]{key + "newWomen", section, "Nya deltagare, kvinnor", String.valueOf(sums[0])});
                rows.add(new String[]{key + "newMen", section, "Nya deltagare, män", String.valueOf(sums[1])});
            } else {
                // A structural initiative counts its participants (staff, organisations) in its reports of the year.
                Integer reported = records.reports(associationId, i.id()).stream()
                        .filter(r -> r.submitted() && r.participants() != null && r.period().startsWith(String.valueOf(year)))
                        .map(se.samordna.initiative.InitiativeRecords.Report::participants).reduce(Integer::max).orElse(null);
                rows.add(new String[]{key + "participantsReported", section, "Deltagare enligt insatsens rapporter", reported == null ? "–" : String.valueOf(reported)});
            }
        }
        return rows.stream().map(r -> new Item(r[0], r[1], r[2], r[3], ticks.get(r[0]))).toList();
    }

    private void economy(UUID associationId, Plan plan, int year, List<String[]> rows) {
        YearFigures figures = PlanCalculator.years(plan).stream().filter(f -> f.year() == year).findFirst().orElse(null);
        Optional<Plan.Allocation> allocation = plan.allocations().stream().filter(a -> a.year() == year).findFirst();
        rows.add(new String[]{"economy.allocation", "Ekonomi", "Tilldelade medel " + year,
                allocation.map(a -> MoneyFormat.kronor(a.total())).orElse(figures == null ? "–" : MoneyFormat.kronor(figures.contributions()))});
        rows.add(new String[]{"economy.equityStart", "Ekonomi", "Eget kapital vid årets början",
                figures == null || figures.equityStart() == null ? "–" : MoneyFormat.kronor(figures.equityStart())});
        LedgerFollowUp.View view = books.view(associationId, year);
        Money adminBudget = Money.ZERO;
        Money adminOutcome = Money.ZERO;
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                if (line.category() == CostCategory.ADMINISTRATION) {
                    adminBudget = adminBudget.plus(line.amount(year));
                    Money booked = view.rows().stream().filter(r -> r.group().equals(group.name()) && r.line().equals(line.name()))
                            .map(LedgerFollowUp.LineRow::actualToDate).findFirst().orElse(Money.ZERO);
                    adminOutcome = adminOutcome.plus(booked);
                }
            }
        }
        boolean booksHeld = view.books().isPresent();
        rows.add(new String[]{"economy.equityEnd", "Ekonomi", "Eget kapital vid årets slut" + (booksHeld ? " (prognos enligt bokföringen)" : " (enligt planen)"),
                booksHeld && view.projectedEquity() != null ? MoneyFormat.kronor(view.projectedEquity())
                        : figures == null || figures.equityEnd() == null ? "–" : MoneyFormat.kronor(figures.equityEnd())});
        rows.add(new String[]{"admin.budget", "Administration", "Budget " + year, MoneyFormat.kronor(adminBudget)});
        rows.add(new String[]{"admin.outcome", "Administration", "Utfall " + year, booksHeld ? MoneyFormat.kronor(adminOutcome) + " (bokfört)" : "–"});
    }

    /** Ticks an item off as registered with the value it has now; unticks it when {@code registered} is false. */
    @Transactional
    public void tick(UUID associationId, int year, String key, boolean registered) {
        Item item = items(associationId, year).stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Text.of("place.uppgift"), Text.of("error.uppgiftenFinnsInteFor", year)));
        if (registered) {
            jdbc.sql("""
                    insert into finsam_check (association_id, year, item, value, ticked_on, ticked_by) values (:a, :y, :i, :v, :d, :u)
                    on conflict (association_id, year, item) do update set value = excluded.value, ticked_on = excluded.ticked_on, ticked_by = excluded.ticked_by""")
                    .param("a", associationId).param("y", year).param("i", key).param("v", item.value())
                    .param("d", LocalDate.now(SWEDEN)).param("u", AuditLog.currentActor()).update();
        } else {
            jdbc.sql("delete from finsam_check where association_id = :a and year = :y and item = :i")
                    .param("a", associationId).param("y", year).param("i", key).update();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", item.section() + " / " + item.label());
        details.put("value", item.value());
        auditLog.record(associationId, "finsam-checklist", year, registered ? "registered" : "unregistered", details);
    }

    /** The year's items as CSV: section, item, value, and whether it is registered (ja, nej, ändrat efter registrering). */
    public String csv(UUID associationId, int year) {
        StringBuilder csv = new StringBuilder("del;uppgift;värde;registrerad\n");
        for (Item item : items(associationId, year)) {
            csv.append(se.samordna.shared.Csv.row(item.section(), item.label(), item.value(),
                    item.tick() == null ? "nej" : item.changedSinceTicked() ? "ändrat efter registrering " + item.tick().tickedOn() : "ja " + item.tick().tickedOn()));
        }
        return csv.toString();
    }

    private Map<String, Tick> ticks(UUID associationId, int year) {
        Map<String, Tick> ticks = new HashMap<>();
        jdbc.sql("select item, value, ticked_on, ticked_by from finsam_check where association_id = :a and year = :y")
                .param("a", associationId).param("y", year)
                .query((rs, n) -> ticks.put(rs.getString(1), new Tick(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))).list();
        return ticks;
    }

}
