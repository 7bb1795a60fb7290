package se.samordna.demo;

import se.samordna.shared.UserId;
import se.samordna.shared.InitiativeId;
import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

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
import se.samordna.identity.UserDirectory;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanCycle;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.plan.PlanFiles;
import se.samordna.plan.Initiative;
import se.samordna.shared.Role;

/**
 * A national installation for load tests ({@code samordna.demo.national=76}): after the five seeds, generated associations
 * up to the number asked for, each a copy of a seed under its own name with 40 initiatives, three plan periods (two
 * adopted, the third a draft), five years of generated books and generated participant follow-up, a participant
 * reporter per association and one national reader (with the administrator's password). Off by default; nothing of it
 * is real.
 */
@Component
@Order(20)
class NationalInstallation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalInstallation.class);
    private static final int INITIATIVES = 40;
    /** The national reader the load test signs in as (aggregates across associations only). */
    static final String NATIONAL_READER = "nationell";

    private final Associations associations;
    private final Plans plans;
    private final PlanCycle cycle;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final DemoLedger ledger;
    private final DemoFollowUp followUp;
    private final InitiativeRecords records;
    private final int wanted;
    private final String password;

    NationalInstallation(Associations associations, Plans plans, PlanCycle cycle, UserDirectory directory, TransactionTemplate transaction,
                         DemoLedger ledger, DemoFollowUp followUp, InitiativeRecords records,
                         @Value("${samordna.demo.national:0}") int wanted, @Value("${samordna.admin-password:}") String password) {
        this.associations = associations;
        this.plans = plans;
        this.cycle = cycle;
        this.directory = directory;
        this.transaction = transaction;
        this.ledger = ledger;
        this.followUp = followUp;
        this.records = records;
        this.wanted = wanted;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int existing = associations.all().size();
        if (wanted <= existing) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:seed-plans/*.yaml");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        long started = System.nanoTime();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demodata", null, List.of()));
        try {
            if (!password.isBlank() && directory.findByUsername(NATIONAL_READER).isEmpty()) {
                directory.createUser(NATIONAL_READER, "Nationell läsare (genererad)", password, false, true, false);
            }
            for (int number = existing + 1; number <= wanted; number++) {
                int n = number;
                Plan seed = PlanFiles.read(SeedAssociations.read(files[n % files.length]));
                transaction.executeWithoutResult(status -> generate(n, seed));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Generated a national installation of {} associations in {} s", wanted, (System.nanoTime() - started) / 1_000_000_000L);
    }

    private void generate(int number, Plan seed) {
        String name = String.format("Samordningsförbundet Prov %02d", number);
        Plan plan = seed.withHeader(seed.association().named(name).standing(seed.association().decided(), "Genererad för lasttest (kopia av "
                + seed.association().name() + ")", null)).withInitiatives(forty(seed.initiatives()));
        Association association = associations.create(name);
        directory.findByUsername("admin").ifPresent(admin -> directory.grant(UserId.of(admin.id()), association.id(), Role.ADMIN));
        StoredPlan first = plans.importFile(association.id(), PlanFiles.writeYaml(plan), null);
        // Five years of books: three before the first plan's budget year, that year and the next period's.
        for (int year = first.plan().budgetYear() - 3; year <= first.plan().budgetYear(); year++) {
            ledger.generate(association.id(), first.plan(), year);
        }
        // Five years of participants, like the books: the budget year's with its surveys, and the years around it.
        followUp.generate(association.id(), first.plan());
        for (int year = first.plan().budgetYear() - 3; year <= first.plan().budgetYear() + 1; year++) {
            if (year != first.plan().budgetYear()) {
                followUp.participantsOf(association.id(), first.plan(), year);
            }
        }
        cycle.adoptAsImported(association.id(), first.id());
        reporter(number, association, first.plan());
        StoredPlan second = cycle.rollForward(association.id(), first.id(), null);
        ledger.generate(association.id(), second.plan());
        cycle.adoptAsImported(association.id(), second.id());
        cycle.rollForward(association.id(), second.id(), null);
    }

    /**
     * One participant reporter ({@code rapportor-NN}, reporting for the first two individual initiatives) and one
     * director ({@code forbundschef-NN}) per generated association, with the administrator's password and an address
     * at {@code prov.invalid}: people for the load test to sign in as and for the reminders to write to. None without
     * {@code SAMORDNA_ADMIN_PASSWORD}.
     */
    private void reporter(int number, Association association, Plan plan) {
        if (password.isBlank()) {
            return;
        }
        UUID user = directory.createUser(String.format("rapportor-%02d", number), "Rapportör (genererad) " + number, password, false, false);
        directory.setEmail(UserId.of(user), String.format("rapportor-%02d@prov.invalid", number));
        directory.grant(UserId.of(user), association.id(), Role.INITIATIVE_REPORTER);
        UUID director = directory.createUser(String.format("forbundschef-%02d", number), "Förbundschef (genererad) " + number, password, false, false);
        directory.setEmail(UserId.of(director), String.format("forbundschef-%02d@prov.invalid", number));
        directory.grant(UserId.of(director), association.id(), Role.ADMIN);
        plan.initiatives().stream().filter(i -> i.kind() == se.samordna.plan.InitiativeKind.INDIVIDUAL).limit(2)
                .forEach(i -> records.assignReporter(association.id(), InitiativeId.of(i.id()), UserId.of(user)));
    }

    /** The seed's initiatives repeated under new names and ids until there are forty. */
    private static List<Initiative> forty(List<Initiative> seed) {
        List<Initiative> all = new ArrayList<>(seed);
        for (int copy = 2; all.size() < INITIATIVES && !seed.isEmpty(); copy++) {
            for (Initiative i : seed) {
                if (all.size() >= INITIATIVES) {
                    break;
                }
                all.add(new Initiative(i.id() + "-" + copy, i.name() + " " + copy, i.kind(), i.owner(), i.members(), i.targetGroup(),
                        i.ageFrom(), i.ageTo(), i.municipalities(), i.start(), i.end(), i.purpose(), i.goals(), i.budgetedParticipants(),
                        i.esf(), i.contact(), i.steeringGroup(), i.state(), i.application(), i.statement(), i.decision(), i.agreement(),
                        i.closed(), i.assumed()));
            }
        }
        return all;
    }
}
