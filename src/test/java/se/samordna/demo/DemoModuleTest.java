package se.samordna.demo;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.identity.UserDirectory;
import se.samordna.plan.Plans;
import se.samordna.plan.YearFigures;
import se.samordna.platform.ModuleTestDatabase;
import se.samordna.shared.Money;
import se.samordna.shared.Role;

/**
 * The demonstration data on its own (with the modules it depends on), on an empty database of its own: the five seed
 * associations are made from their plan files with the figures the files hold, the system administrator is the
 * director of each, and starting again adds nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = {"samordna.demo.enabled=true", "samordna.demo.follow-up=false", "samordna.demo.cycle=false"})
@org.springframework.test.context.ActiveProfiles("test")
@org.springframework.test.annotation.DirtiesContext
class DemoModuleTest {

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        ModuleTestDatabase.registerEmpty(registry, "demo_module");
    }

    @Autowired
    Associations associations;
    @Autowired
    Plans plans;
    @Autowired
    UserDirectory directory;
    @Autowired
    SeedAssociations seeds;

    @Test
    void anEmptyDatabaseGetsTheFiveSeedAssociationsOnceWithTheirFiguresAndTheAdministratorAsDirector() throws Exception {
        List<String> names = associations.all().stream().map(Association::name).sorted().toList();
        assertThat(names).containsExactly("Klarälvdalens Samordningsförbund", "Norra Västmanlands Samordningsförbund",
                "Samordningsförbundet i Örnsköldsvik", "Södra Dalarnas Samordningsförbund", "Västerbergslagens Samordningsförbund");

        Association orn = associations.findByName("Samordningsförbundet i Örnsköldsvik").orElseThrow();
        YearFigures year = se.samordna.plan.PlanFigures.of(plans.get(orn.id()).plan()).years().stream().filter(f -> f.year() == 2025).findFirst().orElseThrow();
        assertThat(year.costs()).as("the seed's costs for 2025, 4 924 tkr").isEqualTo(Money.ofKronor(4_924_000));
        assertThat(year.result()).isEqualTo(Money.ZERO);

        UserDirectory.Person admin = directory.findByUsername("admin").orElseThrow();
        for (Association association : associations.all()) {
            assertThat(directory.rolesIn(UserId.of(admin.id()), association.id())).as(association.name()).contains(Role.ADMIN);
        }

        seeds.run(new DefaultApplicationArguments());
        assertThat(associations.all()).as("a second start adds nothing").hasSize(5);
    }
}
