package se.samordna.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.shared.AssociationId;
import se.samordna.shared.PlanId;
import se.samordna.audit.AuditLog;
import se.samordna.plan.rules.PlanChecks;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The yearly cycle of an association's plans: a draft is sent to the members for consultation and their responses are
 * recorded; the board adopts it (then it is frozen, and its document archived); an adopted plan is revised through a new
 * draft of the same period, and rolled forward into the next period. Every step is audited.
 */
@Service
public class PlanCycle {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final PlanStore store;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<BookedEquity> books;

    private final CarriedOver review;

    PlanCycle(PlanStore store, JdbcClient jdbc, AuditLog auditLog, ApplicationEventPublisher events,
              org.springframework.beans.factory.ObjectProvider<BookedEquity> books, CarriedOver review) {
        this.review = review;
        this.store = store;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.books = books;
    }

    /** A member's response to the consultation. */
    public record Response(UUID id, String member, LocalDate receivedOn, String text, String recordedBy) {
    }

    @Transactional(readOnly = true)
    public List<PlanPeriod> periods(AssociationId associationId) {
        return store.periods(associationId);
    }

    @Transactional(readOnly = true)
    public PlanPeriod period(AssociationId associationId, PlanId planId) {
        return store.period(associationId, planId.value()).orElseThrow(() -> new NotFoundException(Text.of("error.planenFinnsInte")));
    }

    /** A new draft of the same period from an adopted plan; the adopted one stays in force until the draft is adopted. */
    @Transactional
    public StoredPlan revise(AssociationId associationId, PlanId planId) {
        PlanStore.Row row = row(associationId, planId.value());
        if (row.period().status() != PlanStatus.ADOPTED) {
            throw new ConflictException(Text.of("error.baraDenFaststalldaPlanenRevideras", row.period().label(), statusText(row.period().status())));
        }
        StoredPlan draft = store.insert(associationId, row.stored().plan().asDraft(), planId.value());
        auditLog.record(associationId, "plan", draft.id(), "revision-started", Map.of("period", row.period().label(), "basedOn", planId));
        return draft;
    }

    /**
     * The next period as a draft (see {@link RollForward}). Its opening equity: {@code openingEquity} when given; else the
     * booked closing equity of the old budget year when the books hold it; else the plan's computed closing equity.
     */
    @Transactional
    public StoredPlan rollForward(AssociationId associationId, PlanId planId, Money openingEquity) {
        PlanStore.Row row = row(associationId, planId.value());
        if (row.period().status() != PlanStatus.ADOPTED && row.period().status() != PlanStatus.SUPERSEDED) {
            throw new ConflictException(Text.of("error.nastaPlanperiodByggsFranEn", row.period().label(), statusText(row.period().status())));
        }
        if (openingEquity != null && openingEquity.abs().compareTo(Money.ofKronor(1_000_000_000L)) > 0) {
            throw new InvalidInputException(Text.of("place.ingaendeEgetKapital"), Text.of("error.beloppetLiggerUtanfor1000"));
        }
        String source = openingEquity != null ? "entered" : "computed";
        if (openingEquity == null) {
            Optional<BookedEquity.Closing> closing = closingFromBooks(associationId, row.stored().plan().budgetYear());
            if (closing.isPresent()) {
                openingEquity = closing.get().amount();
                source = closing.get().booked() ? "books" : "forecast";
            }
        }
        Plan next = RollForward.of(row.stored().plan(), openingEquity);
        if (!"computed".equals(source) && !"entered".equals(source)) {
            Text said = "books".equals(source)
                    ? Text.of("plan.source.openingFromBooks", next.association().source(), row.stored().plan().budgetYear())
                    : Text.of("plan.source.openingFromForecast", next.association().source(), row.stored().plan().budgetYear());
            next = next.withHeader(next.association().standing(null, said.swedish(), null));
        }
        StoredPlan draft = store.insert(associationId, next, planId.value());
        review.carriedOver(draft.id().value(), draft.plan());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", row.period().label());
        details.put("budgetYear", next.budgetYear());
        details.put("openingEquity", next.budget().equityStart().amount().kronor());
        details.put("openingEquitySource", source);
        auditLog.record(associationId, "plan", draft.id(), "rolled-forward", details);
        return draft;
    }

    /** A year's closing equity as the books give it (booked when they cover the year, else the forecast). */
    public Optional<BookedEquity.Closing> closingFromBooks(AssociationId associationId, int year) {
        BookedEquity booked = books.getIfAvailable();
        return booked == null ? Optional.empty() : booked.closing(associationId, year);
    }

    /**
     * A finding when the plan opens on another equity than the year before closes with in the books (booked, or the
     * forecast while that year is open): both figures and the difference, beside the plan's own. Nothing when they
     * agree within half the plan's unit, or the books do not hold the year before.
     */
    public Optional<se.samordna.plan.Finding> openingEquityFinding(AssociationId associationId, Plan plan) {
        Plan.EquityStart start = plan.budget().equityStart();
        if (start == null || start.amount() == null) {
            return Optional.empty();
        }
        int before = start.year() - 1;
        return closingFromBooks(associationId, before).flatMap(closing -> {
            Money difference = start.amount().minus(closing.amount());
            Money tolerance = "tkr".equals(plan.budget().unit()) ? Money.ofKronor(500) : Money.ofKronor(1);
            if (difference.abs().compareTo(tolerance) < 0) {
                return Optional.empty();
            }
            String key = closing.booked() ? "openingEquityDiffersBooked" : "openingEquityDiffersForecast";
            List<Object> args = List.of(se.samordna.shared.MoneyFormat.kronor(start.amount()), String.valueOf(start.year()),
                    String.valueOf(before), se.samordna.shared.MoneyFormat.kronor(closing.amount()), se.samordna.shared.MoneyFormat.kronor(difference));
            return Optional.of(new se.samordna.plan.Finding("OPENING_EQUITY_DIFFERS", se.samordna.plan.Severity.WARNING,
                    start.year(), se.samordna.plan.rules.FindingText.render(se.samordna.plan.rules.FindingText.SWEDISH, key, args), key, args));
        });
    }

    /** Sends a draft to the members for consultation on {@code sentOn}. */
    @Transactional
    public PlanPeriod sendToConsultation(AssociationId associationId, PlanId planId, LocalDate sentOn, long version) {
        PlanStore.Row row = row(associationId, planId.value());
        if (row.period().status() != PlanStatus.DRAFT) {
            throw new ConflictException(Text.of("error.planenForArBaraEtt", row.period().label(), statusText(row.period().status())));
        }
        notInFuture(sentOn, "skickad");
        if (!store.transition(planId.value(), version, PlanStatus.DRAFT, PlanStatus.CONSULTATION, Map.of("consultation_sent_on", sentOn))) {
            throw PlanStore.movedOn(Text.of("plan.part.plan"), row.period().version(), Text.of("plan.part.version", version));
        }
        auditLog.record(associationId, "plan", planId, "sent-to-consultation", Map.of("sentOn", sentOn.toString(), "period", row.period().label()));
        return period(associationId, planId);
    }

    /** Records what a member answered in the consultation (members are consulted and informed; they do not approve). */
    @Transactional
    public Response recordResponse(AssociationId associationId, PlanId planId, String member, LocalDate receivedOn, String text) {
        PlanStore.Row row = row(associationId, planId.value());
        if (row.period().status() != PlanStatus.CONSULTATION) {
            throw new ConflictException(Text.of("error.planenForArSvarTas", row.period().label(), statusText(row.period().status())));
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        List<String> members = row.stored().plan().members().stream().map(Member::name).toList();
        if (member == null || !members.contains(member.strip())) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.medlem"), Text.of("error.chooseAMember", String.join(", ", members))));
        }
        if (receivedOn == null) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.mottaget"), Text.of("error.angeDagenSvaretKomIn")));
        } else if (receivedOn.isBefore(row.period().consultationSentOn())) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.mottaget"), Text.of("error.svaretKanInteHaKommit", row.period().consultationSentOn())));
        } else if (receivedOn.isAfter(LocalDate.now(SWEDEN))) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.mottaget"), Text.of("error.dagenHarInteVaritAnnu", receivedOn)));
        }
        if (text == null || text.isBlank() || text.length() > 20_000) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.svar"), Text.of("error.skrivSvaretEllerEnSammanfattning")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into plan_consultation_response (id, plan_id, association_id, member, received_on, text, recorded_by)
                values (:id, :p, :a, :m, :r, :t, :u)""")
                .param("id", id).param("p", planId.value()).param("a", associationId.value()).param("m", member.strip()).param("r", receivedOn)
                .param("t", text.strip()).param("u", AuditLog.currentActor()).update();
        auditLog.record(associationId, "plan", planId, "consultation-response", Map.of("member", member.strip(), "receivedOn", receivedOn.toString()));
        return new Response(id, member.strip(), receivedOn, text.strip(), AuditLog.currentActor());
    }

    @Transactional(readOnly = true)
    public List<Response> responses(AssociationId associationId, PlanId planId) {
        row(associationId, planId.value());
        return jdbc.sql("select id, member, received_on, text, recorded_by from plan_consultation_response where plan_id = :p order by received_on, recorded_at")
                .param("p", planId.value()).query((rs, n) -> new Response(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5))).list();
    }

    /**
     * The board adopts the plan on {@code adoptedOn} at the minutes paragraph {@code minutes}. A plan whose checks find
     * errors is adopted only when {@code confirmErrors}. The plan is frozen from now on; the plan it revises and earlier
     * periods' adopted plans are superseded; its document is archived as adopted.
     */
    @Transactional
    public StoredPlan adopt(AssociationId associationId, PlanId planId, LocalDate adoptedOn, String minutes, long version, boolean confirmErrors) {
        PlanStore.Row row = row(associationId, planId.value());
        PlanStatus status = row.period().status();
        if (!status.open()) {
            throw new ConflictException(Text.of("error.planenForArRedanInget", row.period().label(), statusText(status)));
        }
        if (version != row.period().version()) {
            // The board adopts the version it read, not one changed since.
            throw PlanStore.movedOn(Text.of("plan.part.plan"), row.period().version(), Text.of("plan.part.version", version));
        }
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (adoptedOn == null) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.faststalld"), Text.of("error.angeDagenStyrelsenFaststalldePlanen")));
        } else if (adoptedOn.isAfter(LocalDate.now(SWEDEN))) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.faststalld"), Text.of("error.dagenHarInteVaritAnnu2", adoptedOn)));
        } else if (row.period().consultationSentOn() != null && adoptedOn.isBefore(row.period().consultationSentOn())) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.faststalld"), Text.of("error.planenSkickadesPaSamradDen", row.period().consultationSentOn())));
        }
        if (minutes == null || minutes.isBlank() || minutes.strip().length() > 40) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.paragraf"), Text.of("error.angeProtokolletsParagrafTEx")));
        }
        List<Finding> errors = PlanChecks.check(row.stored().plan()).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty() && !confirmErrors) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.kontroller"), Text.of("error.kontrollernaHittarFelIPlanen", errors.size(), errors.get(0).message())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // The plan carries its adoption date, so its document says when the board decided it.
        Plan plan = row.stored().plan();
        StoredPlan dated = store.save(associationId, row.stored(), plan.withHeader(plan.association().standing(adoptedOn,
                plan.association().source(), minutes.strip())), version);
        if (!store.transition(planId.value(), dated.version(), status, PlanStatus.ADOPTED,
                Map.of("adopted_on", adoptedOn, "minutes", minutes.strip(), "adopted_by", AuditLog.currentActor()))) {
            throw PlanStore.movedOn(Text.of("plan.part.plan"), row.period().version(), Text.of("plan.part.version", version));
        }
        store.supersedeOthers(associationId, planId.value(), row.period().budgetYear(), adoptedOn);
        events.publishEvent(new PlanAdopted(associationId, planId, dated.plan()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("period", row.period().label());
        details.put("adoptedOn", adoptedOn.toString());
        details.put("minutes", minutes.strip());
        details.put("errorsConfirmed", errors.size());
        auditLog.record(associationId, "plan", planId, "adopted", details);
        return row(associationId, planId.value()).stored();
    }

    /**
     * Records an imported plan as the one the board adopted, on the day its document gives (none when the document does
     * not say), without the checks' confirmation: the document is what was adopted, figures and all. For an association
     * that brings its adopted plan along from before Samordna (and the demo data).
     */
    @Transactional
    public StoredPlan adoptAsImported(AssociationId associationId, PlanId planId) {
        PlanStore.Row row = row(associationId, planId.value());
        if (!row.period().status().open()) {
            throw new ConflictException(Text.of("error.planenForArRedanInget", row.period().label(), statusText(row.period().status())));
        }
        LocalDate decided = row.stored().plan().association().decided();
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("adopted_on", decided);
        columns.put("minutes", "enligt det importerade dokumentet");
        columns.put("adopted_by", AuditLog.currentActor());
        if (!store.transition(planId.value(), row.period().version(), row.period().status(), PlanStatus.ADOPTED, columns)) {
            throw PlanStore.movedOn(Text.of("plan.part.plan"), row.period().version(), Text.of("plan.part.version", row.period().version()));
        }
        store.supersedeOthers(associationId, planId.value(), row.period().budgetYear(), decided == null ? LocalDate.now(SWEDEN) : decided);
        events.publishEvent(new PlanAdopted(associationId, planId, row.stored().plan()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("period", row.period().label());
        details.put("adoptedOn", decided == null ? "" : decided.toString());
        details.put("imported", true);
        auditLog.record(associationId, "plan", planId, "adopted", details);
        return row(associationId, planId.value()).stored();
    }

    /** "The plan is computed here now": the figures an imported document printed are let go, in an open plan. */
    @Transactional
    public StoredPlan acceptComputedFigures(AssociationId associationId, PlanId planId, long version) {
        PlanStore.Row row = row(associationId, planId.value());
        StoredPlan saved = store.save(associationId, row.stored(), RollForward.withoutStatedFigures(row.stored().plan()), version);
        auditLog.record(associationId, "plan", planId, "computed-figures-accepted", Map.of("period", row.period().label()));
        return saved;
    }

    /** What changed from plan {@code from} to plan {@code to} of the association, in the reader's language. */
    @Transactional(readOnly = true)
    public List<PlanDiff.Change> diff(AssociationId associationId, PlanId from, PlanId to, java.util.Locale locale) {
        return PlanDiff.between(row(associationId, from.value()).stored().plan(), row(associationId, to.value()).stored().plan(), locale);
    }

    private PlanStore.Row row(AssociationId associationId, UUID planId) {
        return store.find(associationId, planId).orElseThrow(() -> new NotFoundException(Text.of("error.planenFinnsInte")));
    }

    private static void notInFuture(LocalDate day, String what) {
        if (day == null) {
            throw new InvalidInputException(what, Text.of("error.angeDagenAaaaMmDd"));
        }
        if (day.isAfter(LocalDate.now(SWEDEN))) {
            throw new InvalidInputException(what, Text.of("error.dagenHarInteVaritAnnu", day));
        }
    }

    static Text statusText(PlanStatus status) {
        return Text.of("plan.statusText." + status.name());
    }
}
