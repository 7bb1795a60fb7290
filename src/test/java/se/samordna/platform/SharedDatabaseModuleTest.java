package se.samordna.platform;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every module test shares: the test profile, the one PostgreSQL of the module tests ({@link ModuleTestDatabase}),
 * and a context closed when the test ends (no other test shares it; its connections go back to the server).
 */
@ActiveProfiles("test")
@DirtiesContext
public abstract class SharedDatabaseModuleTest {

    @DynamicPropertySource
    static void sharedDatabase(DynamicPropertyRegistry registry) {
        ModuleTestDatabase.register(registry);
    }
}
