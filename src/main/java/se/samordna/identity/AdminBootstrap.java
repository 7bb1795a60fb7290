package se.samordna.identity;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.samordna.shared.Text;

/**
 * On first start with an empty database, creates the system administrator {@code admin} with the
 * password from {@code SAMORDNA_ADMIN_PASSWORD}, or a one-time password printed to the log that must be
 * changed at first login.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserDirectory directory;
    private final String configuredPassword;
    private final org.springframework.transaction.support.TransactionTemplate transaction;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    AdminBootstrap(UserDirectory directory, @Value("${samordna.admin-password:}") String configuredPassword,
                   org.springframework.transaction.support.TransactionTemplate transaction, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.directory = directory;
        this.configuredPassword = configuredPassword;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.anyUserExists()) {
            return;
        }
        // Two instances starting together on an empty database: one creates the administrator, the other finds it.
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select 1 from (select pg_advisory_xact_lock(7316540825)) l").query(Integer.class).single();
            if (!directory.anyUserExists()) {
                create();
            }
        });
    }

    private void create() {
        boolean generated = configuredPassword.isBlank();
        String password = generated ? oneTimePassword() : configuredPassword;
        directory.createUser("admin", Text.of("identity.adminName").swedish(), password, true, generated);
        if (generated) {
            log.warn("""

                    ==================================================================
                     Samordna: the system administrator 'admin' was created.
                     One-time password: {}
                     Change it after logging in (Mitt konto → Byt lösenord).
                    ==================================================================""", password);
        } else {
            log.info("Samordna: the system administrator 'admin' was created with the password from SAMORDNA_ADMIN_PASSWORD.");
        }
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
