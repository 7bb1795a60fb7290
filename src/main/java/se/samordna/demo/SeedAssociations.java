package se.samordna.demo;

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
import se.samordna.plan.file.PlanFiles;
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

    SeedAssociations(Associations associations, Plans plans, se.samordna.plan.PlanCycle cycle, UserDirectory directory, TransactionTemplate transaction,
                     DemoFollowUp demoFollowUp, DemoLedger demoLedger, @Value("${samordna.demo.enabled:#{'${samordna.db.url:}'.isBlank()}}") boolean enabled,
                     @Value("${samordna.demo.follow-up:true}") boolean followUp, @Value("${samordna.demo.cycle:true}") boolean showCycle,
                     org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                    directory.findByUsername("admin").ifPresent(admin -> directory.grant(admin.id(), association.id(), Role.ADMIN));
                    if (followUp) {
                        demoFollowUp.generate(association.id(), plan);
                        demoLedger.generate(association.id(), plan);
                    }
                    // The cycle: the seed plan as the board adopted it, and a draft of the next period built from it.
                    if (showCycle) {
                        cycle.adoptAsImported(association.id(), imported.id());
                        cycle.rollForward(association.id(), imported.id(), null);
                    }
                }
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Loaded {} seed associations from their plan files", files.length);
    }

    static String read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read seed plan " + file.getFilename(), e);
        }
    }
}
