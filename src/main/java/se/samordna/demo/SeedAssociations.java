package se.samordna.demo;

import se.samordna.shared.MeetingId;
import se.samordna.shared.UserId;
import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanFiles;
import se.samordna.plan.Plans;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.Role;

/** Loads the seed plans ({@code examples/plans/*.yaml}, packaged as {@code seed-plans/}) into an empty database. */
@Component
@Order(10)
class SeedAssociations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedAssociations.class);

    private final Associations associations;
    private final Plans plans;
    private final se.samordna.plan.PlanCycle cycle;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final DemoFollowUp demoFollowUp;
    private final DemoLedger demoLedger;
    private final boolean enabled;
    private final boolean followUp;
    private final boolean showCycle;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final se.samordna.board.BoardRegister board;
    private final se.samordna.board.Meetings meetings;

    SeedAssociations(Associations associations, Plans plans, se.samordna.plan.PlanCycle cycle, UserDirectory directory, TransactionTemplate transaction,
                     DemoFollowUp demoFollowUp, DemoLedger demoLedger, @Value("${samordna.demo.enabled:#{'${samordna.db.url:}'.isBlank()}}") boolean enabled,
                     @Value("${samordna.demo.follow-up:true}") boolean followUp, @Value("${samordna.demo.cycle:true}") boolean showCycle,
                     org.springframework.jdbc.core.simple.JdbcClient jdbc, se.samordna.board.BoardRegister board,
                     se.samordna.board.Meetings meetings) {
        this.jdbc = jdbc;
        this.board = board;
        this.meetings = meetings;
        this.associations = associations;
        this.plans = plans;
        this.cycle = cycle;
        this.directory = directory;
        this.transaction = transaction;
        this.demoFollowUp = demoFollowUp;
        this.demoLedger = demoLedger;
        this.enabled = enabled;
        this.followUp = followUp;
        this.showCycle = showCycle;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || associations.anyExists()) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:seed-plans/*.yaml");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demodata", null, List.of()));
        try {
            transaction.executeWithoutResult(status -> {
                // Two instances starting together on an empty database: the second waits here and then finds it seeded.
                jdbc.sql("select 1 from (select pg_advisory_xact_lock(7316540824)) l").query(Integer.class).single();
                if (associations.anyExists()) {
                    return;
                }
                for (Resource file : files) {
                    String yaml = read(file);
                    Plan plan = PlanFiles.read(yaml);
                    Association association = associations.create(plan.association().name());
                    se.samordna.plan.StoredPlan imported = plans.importFile(association.id(), yaml, null);
                    directory.findByUsername("admin").ifPresent(admin -> directory.grant(UserId.of(admin.id()), association.id(), Role.ADMIN));
                    // The board's seats as the plan's members give them: one ordinary and one deputy each (the seeds name no one).
                    board.seatsForMembers(association.id(), plan.members().stream().map(se.samordna.plan.Member::name).toList());
                    if (followUp) {
                        demoFollowUp.generate(association.id(), plan);
                        demoLedger.generate(association.id(), plan);
                    }
                    // The cycle, following the calendar: the seed plan as the board adopted it, each later year up to this
                    // one rolled forward and adopted, and next year's draft (in consultation from October).
                    if (showCycle) {
                        cycle.adoptAsImported(association.id(), imported.id());
                        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
                        java.util.UUID draft = followTheCalendar(association.id(), imported.id().value(), today);
                        adoptionMeeting(association.id(), draft, today);
                    }
                }
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Loaded {} seed associations from their plan files", files.length);
    }

    /**
     * Brings an association's adopted plan up to {@code today}: each period after it up to the current year is rolled
     * forward and adopted on 25 November of the year before (minutes "§ demo"), and next year's plan is a draft, sent to
     * the members for consultation on 1 October when today is in October or later. Returns the draft's id.
     */
    java.util.UUID followTheCalendar(AssociationId associationId, java.util.UUID adoptedId, java.time.LocalDate today) {
        java.util.UUID current = adoptedId;
        int budgetYear = cycle.period(associationId, PlanId.of(adoptedId)).budgetYear();
        while (budgetYear < today.getYear()) {
            se.samordna.plan.StoredPlan draft = cycle.rollForward(associationId, PlanId.of(current), null);
            budgetYear = draft.plan().budgetYear();
            current = cycle.adopt(associationId, draft.id(), java.time.LocalDate.of(budgetYear - 1, 11, 25), "§ demo " + budgetYear,
                    draft.version(), true).id().value();
        }
        se.samordna.plan.StoredPlan next = cycle.rollForward(associationId, PlanId.of(current), null);
        if (today.getMonthValue() >= 10) {
            cycle.sendToConsultation(associationId, next.id(), java.time.LocalDate.of(today.getYear(), 10, 1), next.version());
        }
        return next.id().value();
    }

    /**
     * In the autumn, the board meeting that is to adopt next year's plan: on 10 December, or a week from today once that
     * has passed, with the draft on its agenda (the director takes it from there: notice, minutes, adjustment).
     */
    void adoptionMeeting(AssociationId associationId, java.util.UUID draftId, java.time.LocalDate today) {
        if (today.getMonthValue() < 10) {
            return;
        }
        java.time.LocalDate tenth = java.time.LocalDate.of(today.getYear(), 12, 10);
        java.time.LocalDate date = today.isBefore(tenth) ? tenth : today.plusDays(7);
        se.samordna.board.Meetings.Meeting meeting = meetings.create(associationId, date, "13:00", null);
        meetings.addItem(associationId, MeetingId.of(meeting.id()), se.samordna.shared.Text.of("board.demo.planItem", cycle.period(associationId, PlanId.of(draftId)).label()).swedish(),
                se.samordna.board.Meetings.SubjectType.PLAN_ADOPTION, draftId.toString());
    }

    static String read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read seed plan " + file.getFilename(), e);
        }
    }
}
