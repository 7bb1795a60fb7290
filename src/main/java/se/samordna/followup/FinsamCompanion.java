package se.samordna.followup;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
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
import se.samordna.plan.CostCategory;
import se.samordna.plan.YearFigures;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeKind;
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

    private final se.samordna.ledger.LedgerImports ledger;
    private final se.samordna.plan.PlanCycle cycle;

    FinsamCompanion(LedgerFollowUp books, Initiatives initiatives, ParticipantFollowUp participants, JdbcClient jdbc, AuditLog auditLog,
                    se.samordna.initiative.InitiativeRecords records, se.samordna.ledger.LedgerImports ledger, se.samordna.plan.PlanCycle cycle) {
        this.ledger = ledger;
        this.cycle = cycle;
        this.records = records;
        this.books = books;
        this.initiatives = initiatives;
        this.participants = participants;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** One thing to register: its key, the section and label as Uppföljning Finsam asks, its value now, and its tick. */
    /**
     * One item of the checklist: its key, the part and the item as Uppföljning Finsam names them (in the reader's
     * language on the page, Swedish in the export), and the value, always in Swedish as it is entered in the register
     * (a tick keeps the value it was given, so a changed value shows).
     */
    public record Item(String key, @com.fasterxml.jackson.annotation.JsonIgnore Text sectionText,
                       @com.fasterxml.jackson.annotation.JsonIgnore Text labelText, String value, Tick tick,
                       @com.fasterxml.jackson.annotation.JsonIgnore boolean isAmount,
                       @com.fasterxml.jackson.annotation.JsonIgnore Money amount) {

        /** An amount as a spreadsheet reads it: whole kronor, or kronor and öre with a decimal comma; empty when unknown. */
        public String plainAmount() {
            if (amount == null) {
                return "";
            }
            long ore = amount.ore();
            long kronor = ore / 100;
            long rest = Math.abs(ore % 100);
            String sign = ore < 0 && kronor == 0 ? "-" : "";
            return rest == 0 ? sign + kronor : sign + kronor + "," + String.format("%02d", rest);
        }

        public boolean changedSinceTicked() {
            return tick != null && !tick.value().equals(value);
        }

        /** The part in Swedish, as the API gives it. */
        @com.fasterxml.jackson.annotation.JsonProperty("section")
        public String section() {
            return sectionText.swedish();
        }

        /** The item in Swedish, as the API gives it. */
        @com.fasterxml.jackson.annotation.JsonProperty("label")
        public String label() {
            return labelText.swedish();
        }

        public String section(java.util.Locale locale) {
            return sectionText.in(locale);
        }

        public String label(java.util.Locale locale) {
            return labelText.in(locale);
        }
    }

    private record Row(String key, Text section, Text label, String value, boolean isAmount, Money amount) {

        Row(String key, Text section, Text label, String value) {
            this(key, section, label, value, false, null);
        }

        /** An amount row: shown formatted, exported as a plain number ({@code null}: not known). */
        static Row amount(String key, Text section, Text label, Money amount) {
            return new Row(key, section, label, amount == null ? "–" : MoneyFormat.kronor(amount), true, amount);
        }
    }

    private static String sv(String key, Object... args) {
        return Text.of(key, args).swedish();
    }

    public record Tick(String value, LocalDate tickedOn, String tickedBy) {
    }

    @Transactional(readOnly = true)
    public List<Item> items(AssociationId associationId, int year) {
        Plan plan = books.plan(associationId, year);
        Map<String, Tick> ticks = ticks(associationId, year);
        List<Row> rows = new ArrayList<>();
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
            Text section = Text.of("finsam.section.initiative", i.name());
            String key = "initiative." + i.id() + ".";
            rows.add(Row.amount(key + "budget", section, Text.of("finsam.budget", year), row == null ? null : row.budget()));
            rows.add(row == null || row.outcome() == null || !row.fromBooks()
                    ? Row.amount(key + "outcome", section, Text.of("finsam.outcome", year), row == null ? null : row.outcome())
                    : new Row(key + "outcome", section, Text.of("finsam.outcome", year), sv("finsam.value.booked", MoneyFormat.kronor(row.outcome())),
                    true, row.outcome()));
            rows.add(new Row(key + "participants", section, Text.of("finsam.budgetedParticipants"),
                    i.budgetedParticipants() == null ? "–" : String.valueOf(i.budgetedParticipants())));
            rows.add(new Row(key + "direction", section, Text.of("finsam.direction"), sv("finsam.value." + i.kind().name())));
            rows.add(new Row(key + "targetGroup", section, Text.of("finsam.targetGroup"), i.targetGroup() == null ? "–" : i.targetGroup()));
            rows.add(new Row(key + "esf", section, Text.of("finsam.esf"), sv(i.esf() ? "finsam.value.yes" : "finsam.value.no")));
            if (i.kind() == InitiativeKind.INDIVIDUAL) {
                int[] sums = newParticipants.getOrDefault(i.id(), new int[2]);
                rows.add(new Row(key + "newWomen", section, Text.of("finsam.newWomen"), String.valueOf(sums[0])));
                rows.add(new Row(key + "newMen", section, Text.of("finsam.newMen"), String.valueOf(sums[1])));
            } else {
                // A structural initiative counts its participants (staff, organisations) in its reports of the year.
                Integer reported = records.reports(associationId, InitiativeId.of(i.id())).stream()
                        .filter(r -> r.submitted() && r.participants() != null && r.period().startsWith(String.valueOf(year)))
                        .map(se.samordna.initiative.InitiativeRecords.Report::participants).reduce(Integer::max).orElse(null);
                rows.add(new Row(key + "participantsReported", section, Text.of("finsam.participantsReported"), reported == null ? "–" : String.valueOf(reported)));
            }
        }
        return rows.stream().map(r -> new Item(r.key(), r.section(), r.label(), r.value(), ticks.get(r.key()), r.isAmount(), r.amount())).toList();
    }

    private void economy(AssociationId associationId, Plan plan, int year, List<Row> rows) {
        YearFigures figures = se.samordna.plan.PlanFigures.of(plan).year(year).orElse(null);
        Optional<Plan.Allocation> allocation = plan.allocations().stream().filter(a -> a.year() == year).findFirst();
        Text economy = Text.of("finsam.section.economy");
        rows.add(Row.amount("economy.allocation", economy, Text.of("finsam.allocation", year),
                allocation.map(Plan.Allocation::total).orElse(figures == null ? null : figures.contributions())));
        // The opening equity as the books have it when they hold the year, else as the plan has it.
        List<se.samordna.ledger.accounts.AnnualAccounts.Account> accounts = ledger.accounts(associationId, year);
        rows.add(accounts.isEmpty()
                ? Row.amount("economy.equityStart", economy, Text.of("finsam.equityStartPlanned"), figures == null ? null : figures.equityStart())
                : Row.amount("economy.equityStart", economy, Text.of("finsam.equityStartBooked"),
                se.samordna.ledger.accounts.AnnualAccounts.openingEquity(accounts)));
        LedgerFollowUp.View view = books.view(associationId, year);
        Money adminBudget = Money.ZERO;
        Money adminOutcome = Money.ZERO;
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                if (line.category() == CostCategory.ADMINISTRATION) {
                    adminBudget = adminBudget.plus(line.amount(year));
                    Money booked = view.rows().stream().filter(r -> line.id() != null ? line.id().equals(r.lineId())
                                    : r.group().equals(group.name()) && r.line().equals(line.name()))
                            .map(LedgerFollowUp.LineRow::actualToDate).findFirst().orElse(Money.ZERO);
                    adminOutcome = adminOutcome.plus(booked);
                }
            }
        }
        boolean booksHeld = view.books().isPresent();
        // The closing equity: booked when the books cover the year, the forecast while it is open, the plan's without books.
        Optional<se.samordna.plan.BookedEquity.Closing> closing = cycle.closingFromBooks(associationId, year);
        rows.add(closing.isPresent()
                ? Row.amount("economy.equityEnd", economy, Text.of(closing.get().booked() ? "finsam.equityEndBooked" : "finsam.equityEndForecast"),
                closing.get().amount())
                : Row.amount("economy.equityEnd", economy, Text.of("finsam.equityEndPlanned"), figures == null ? null : figures.equityEnd()));
        Text administration = Text.of("finsam.section.administration");
        rows.add(Row.amount("admin.budget", administration, Text.of("finsam.budget", year), adminBudget));
        rows.add(booksHeld ? new Row("admin.outcome", administration, Text.of("finsam.outcome", year),
                sv("finsam.value.booked", MoneyFormat.kronor(adminOutcome)), true, adminOutcome)
                : Row.amount("admin.outcome", administration, Text.of("finsam.outcome", year), null));
    }

    /** Ticks an item off as registered with the value it has now; unticks it when {@code registered} is false. */
    @Transactional
    public void tick(AssociationId associationId, int year, String key, boolean registered) {
        Item item = items(associationId, year).stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Text.of("place.uppgift"), Text.of("error.uppgiftenFinnsInteFor", year)));
        if (registered) {
            jdbc.sql("""
                    insert into finsam_check (association_id, year, item, value, ticked_on, ticked_by) values (:a, :y, :i, :v, :d, :u)
                    on conflict (association_id, year, item) do update set value = excluded.value, ticked_on = excluded.ticked_on, ticked_by = excluded.ticked_by""")
                    .param("a", associationId.value()).param("y", year).param("i", key).param("v", item.value())
                    .param("d", LocalDate.now(SWEDEN)).param("u", AuditLog.currentActor()).update();
        } else {
            jdbc.sql("delete from finsam_check where association_id = :a and year = :y and item = :i")
                    .param("a", associationId.value()).param("y", year).param("i", key).update();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", item.section() + " / " + item.label());
        details.put("value", item.value());
        auditLog.record(associationId, "finsam-checklist", year, registered ? "registered" : "unregistered", details);
    }

    /**
     * The year's items as CSV for Swedish Excel: a UTF-8 byte-order mark (so å, ä and ö read right), semicolons, and
     * amounts as plain numbers (kronor, decimal comma; empty when unknown); section, item, value, and whether it is
     * registered (ja, nej, ändrat efter registrering).
     */
    public String csv(AssociationId associationId, int year) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(sv("finsam.csvHeader")).append('\n');
        for (Item item : items(associationId, year)) {
            String value = item.isAmount() ? item.plainAmount() : se.samordna.shared.Csv.cell(item.value());
            csv.append(se.samordna.shared.Csv.cell(item.section())).append(';').append(se.samordna.shared.Csv.cell(item.label())).append(';')
                    .append(value).append(';').append(se.samordna.shared.Csv.cell(registered(item))).append('\n');
        }
        return csv.toString();
    }

    private Map<String, Tick> ticks(AssociationId associationId, int year) {
        Map<String, Tick> ticks = new HashMap<>();
        jdbc.sql("select item, value, ticked_on, ticked_by from finsam_check where association_id = :a and year = :y")
                .param("a", associationId.value()).param("y", year)
                .query((rs, n) -> ticks.put(rs.getString(1), new Tick(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))).list();
        return ticks;
    }


    /** Whether an item is registered, in Swedish: no, yes with the day, or changed since it was registered. */
    public static String registered(Item item) {
        return item.tick() == null ? sv("finsam.value.notRegistered")
                : sv(item.changedSinceTicked() ? "finsam.value.changedSince" : "finsam.value.registeredOn", item.tick().tickedOn());
    }
}
