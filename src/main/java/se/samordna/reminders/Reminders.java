package se.samordna.reminders;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.identity.UserDirectory;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.initiative.Initiatives;
import se.samordna.notify.Mail;
import se.samordna.plan.PlanPeriod;
import se.samordna.plan.PlanStatus;
import se.samordna.plan.Plans;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeState;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * The daily digest. What waits for whom is worked out per association from the plan and the reports; each person gets at
 * most one message a day (a row in {@code reminder_sent}, claimed before sending, so two instances never both send) and
 * none when they turned reminders off or have no address.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /**
     * One thing waiting for a person: the association, a sentence (from the bundles, written in the reader's language
     * when the letter is), and the path of the page where it is done.
     */
    public record Item(String association, Text sentence, String path) {

        /** The sentence in Swedish. */
        public String text() {
            return sentence.swedish();
        }
    }

    /** What a run did: people with something waiting, and digests sent now. */
    public record Run(int people, int sent) {
    }

    private final Associations associations;
    private final Plans plans;
    private final Initiatives initiatives;
    private final InitiativeRecords records;
    private final UserDirectory directory;
    private final Mail mail;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int days;

    Reminders(Associations associations, Plans plans, Initiatives initiatives, InitiativeRecords records, UserDirectory directory, Mail mail,
              JdbcClient jdbc, TransactionTemplate transactions, @Value("${samordna.reminders.days:14}") int days) {
        this.associations = associations;
        this.plans = plans;
        this.initiatives = initiatives;
        this.records = records;
        this.directory = directory;
        this.mail = mail;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.days = days;
    }

    @Scheduled(cron = "${samordna.reminders.cron:0 0 7 * * *}", zone = "Europe/Stockholm")
    void daily() {
        if (mail.configured()) {
            Run run = send(LocalDate.now(SWEDEN));
            log.info("Reminders: {} people with something waiting, {} digests sent", run.people(), run.sent());
        }
    }

    /** Sends today's digests that have not been sent (by this instance or another). */
    public Run send(LocalDate today) {
        Map<UUID, List<Item>> waiting = waiting(today);
        int sent = 0;
        for (Map.Entry<UUID, List<Item>> entry : waiting.entrySet()) {
            UUID person = entry.getKey();
            if (!directory.wantsReminders(UserId.of(person)) || directory.email(UserId.of(person)).isEmpty()) {
                continue;
            }
            Boolean done = transactions.execute(status -> {
                int claimed = jdbc.sql("insert into reminder_sent (user_id, day, items) values (:u, :d, :n) on conflict do nothing")
                        .param("u", person).param("d", today).param("n", entry.getValue().size()).update();
                if (claimed == 0) {
                    return false;
                }
                if (!mail.send(digest(person, entry.getValue()))) {
                    status.setRollbackOnly();
                    return false;
                }
                return true;
            });
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return new Run(waiting.size(), sent);
    }

    /** What waits for each person today, across every association they hold a role in. */
    public Map<UUID, List<Item>> waiting(LocalDate today) {
        Map<UUID, List<Item>> waiting = new LinkedHashMap<>();
        for (Association association : associations.all()) {
            se.samordna.plan.StoredPlan stored = plans.find(association.id()).orElse(null);
            if (stored == null) {
                continue;
            }
            Map<Role, List<UUID>> holders = new LinkedHashMap<>();
            directory.roleHolders(association.id()).stream().filter(UserDirectory.RoleHolder::accepted)
                    .forEach(h -> holders.computeIfAbsent(h.role(), r -> new ArrayList<>()).add(h.userId().value()));
            reports(association, today, waiting);
            decisions(association, stored.plan(), holders, waiting);
            cycle(association, today, holders.getOrDefault(Role.ADMIN, List.of()), waiting);
        }
        return waiting;
    }

    private void reports(Association association, LocalDate today, Map<UUID, List<Item>> waiting) {
        Map<String, List<UUID>> reporters = records.reporterIds(association.id());
        for (Initiatives.Overdue due : initiatives.unsubmittedDueBefore(association.id(), today.plusDays(days + 1L))) {
            Text text = Text.of(due.due().isBefore(today) ? "reminders.reportLate" : "reminders.reportDue",
                    Text.of("reminders.report." + due.kind()), due.period(), due.initiativeName(), due.due());
            Item item = new Item(association.name(), text, "/associations/" + association.id() + "/initiatives/" + due.initiativeId());
            reporters.getOrDefault(due.initiativeId(), List.of())
                    .forEach(reporter -> waiting.computeIfAbsent(reporter, u -> new ArrayList<>()).add(item));
        }
    }

    private void decisions(Association association, se.samordna.plan.Plan plan, Map<Role, List<UUID>> holders, Map<UUID, List<Item>> waiting) {
        boolean statementRequired = plan.initiativeRules().statementRequired();
        for (Initiative i : plan.initiatives()) {
            if (i.state() != InitiativeState.APPLIED) {
                continue;
            }
            String path = "/associations/" + association.id() + "/initiatives/" + i.id();
            if (i.statement() == null && statementRequired) {
                Item item = new Item(association.name(), Text.of("reminders.awaitsStatement", i.name()), path);
                holders.getOrDefault(Role.PREPARATION, List.of()).forEach(u -> waiting.computeIfAbsent(u, x -> new ArrayList<>()).add(item));
            } else {
                Item item = new Item(association.name(), Text.of("reminders.awaitsDecision", i.name()), path);
                holders.getOrDefault(Role.BOARD, List.of()).forEach(u -> waiting.computeIfAbsent(u, x -> new ArrayList<>()).add(item));
            }
        }
    }

    /** The plan's dates for the director: consultation before adoption, adoption by 30 November, the annual report by 31 March. */
    private void cycle(Association association, LocalDate today, List<UUID> directors, Map<UUID, List<Item>> waiting) {
        if (directors.isEmpty()) {
            return;
        }
        List<Item> items = new ArrayList<>();
        String plansPath = "/associations/" + association.id() + "/plans";
        PlanPeriod period = plans.currentPeriod(association.id()).orElse(null);
        if (period != null && period.status().open()) {
            LocalDate adoptionDue = PlanPeriod.adoptionDue(period.budgetYear());
            if (!today.isBefore(adoptionDue.minusDays(days))) {
                String key = (today.isAfter(adoptionDue) ? "reminders.adoptionLate" : "reminders.adoptionDue")
                        + (period.status() == PlanStatus.DRAFT ? "NotConsulted" : "");
                items.add(new Item(association.name(), Text.of(key, period.label(), adoptionDue), plansPath));
            }
        }
        LocalDate reportDue = PlanPeriod.annualReportDue(today.getYear() - 1);
        if (!today.isAfter(reportDue) && !today.isBefore(reportDue.minusDays(days))) {
            items.add(new Item(association.name(), Text.of("reminders.annualReportDue", today.getYear() - 1, reportDue),
                    "/associations/" + association.id() + "/annual-report"));
        }
        directors.forEach(u -> waiting.computeIfAbsent(u, x -> new ArrayList<>()).addAll(items));
        directors.stream().filter(u -> waiting.get(u).isEmpty()).toList().forEach(waiting::remove);
    }

    /** The person's letter in the language they last used the pages in (Swedish until they chose English). */
    private Mail.Message digest(UUID person, List<Item> items) {
        String name = directory.find(UserId.of(person)).map(UserDirectory.Person::displayName).orElse("");
        java.util.Locale language = directory.language(UserId.of(person));
        StringBuilder text = new StringBuilder(Text.of("reminders.greeting", name).in(language)).append("\n\n")
                .append(Text.of("reminders.waiting").in(language)).append('\n');
        String association = null;
        for (Item item : items) {
            if (!item.association().equals(association)) {
                association = item.association();
                text.append('\n').append(association).append('\n');
            }
            text.append("- ").append(item.sentence().in(language)).append('\n').append("  ").append(mail.link(item.path())).append('\n');
        }
        text.append('\n').append(Text.of("reminders.howToStop").in(language)).append(' ').append(mail.link("/account")).append('\n');
        return new Mail.Message(directory.email(UserId.of(person)).orElseThrow(),
                Text.of(items.size() == 1 ? "reminders.subjectOne" : "reminders.subjectMany", items.size()).in(language), text.toString());
    }
}
