package se.samordna.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Two ways into one database: the owner runs the migrations, the application runs as a role that owns nothing
 * and may only add to and read the audit log (so no statement of the application can change or remove an entry,
 * nor switch off the triggers that guard it).
 * <ul>
 * <li>Embedded (default): PostgreSQL in {@code SAMORDNA_DATA_DIR} (default {@code ./data}), owner {@code postgres}
 * and application role {@value DatabaseSecret#APP_ROLE}, both with generated passwords in {@code db-secret}.</li>
 * <li>External: {@code SAMORDNA_DB_URL} with {@code _USER} and {@code _PASSWORD} (the owner), and
 * {@code SAMORDNA_DB_APP_USER} with {@code _APP_PASSWORD} for the application (without them the application also
 * runs as the owner, which an operator should avoid).</li>
 * </ul>
 * Tests set {@code samordna.db.ephemeral=true}: a throw-away directory per context, fsync off.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Where the database is and who the owner and the application connect as. */
    record Connection(String url, String ownerUser, String ownerPassword, String appUser, String appPassword,
                      EmbeddedDatabase embedded, Path home) {
        boolean separateRoles() {
            return !appUser.equals(ownerUser);
        }
    }

    @Bean(destroyMethod = "")
    Connection databaseConnection(@Value("${samordna.db.url:}") String url,
                                  @Value("${samordna.db.user:}") String user,
                                  @Value("${samordna.db.password:}") String password,
                                  @Value("${samordna.db.app-user:}") String appUser,
                                  @Value("${samordna.db.app-password:}") String appPassword,
                                  @Value("${samordna.data-dir:./data}") String dataDir,
                                  @Value("${samordna.db.ephemeral:false}") boolean ephemeral) throws Exception {
        if (!url.isBlank()) {
            Path files = Path.of(dataDir).toAbsolutePath();
            return appUser.isBlank() ? new Connection(url, user, password, user, password, null, files)
                    : new Connection(url, user, password, appUser, appPassword, null, files);
        }
        Path home = ephemeral ? Files.createTempDirectory("samordna-test-pg") : Path.of(dataDir).toAbsolutePath();
        DatabaseSecret secret = DatabaseSecret.in(home);
        EmbeddedDatabase database = EmbeddedDatabase.start(home.resolve("postgres"), !ephemeral, secret);
        return new Connection(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner(), DatabaseSecret.APP_ROLE, secret.app(),
                database, home);
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(Connection connection) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("samordna");
        config.setMaximumPoolSize(10);
        // Plan every statement for its own parameters: a cached generic plan cannot use the year's dates and scans
        // every participant record of the association (measured in bench/followup.sh: 25 ms against 1 ms for an empty year).
        config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
        config.setJdbcUrl(connection.url());
        config.setUsername(connection.appUser());
        config.setPassword(connection.appPassword());
        return connection.embedded() == null ? new HikariDataSource(config) : new EmbeddedHikariDataSource(config, connection.embedded());
    }

    /**
     * The audit log's seal: its key from {@code SAMORDNA_AUDIT_KEY} or {@code audit-key} beside the database's data (never
     * inside it), and the newest entry noted there too.
     */
    @Bean
    se.samordna.audit.AuditSeal auditSeal(Connection connection, @Value("${samordna.audit.key:${SAMORDNA_AUDIT_KEY:}}") String key) {
        return se.samordna.audit.AuditSeal.at(connection.home(), key);
    }

    /** The owner's connection, for the migrations only. */
    @Bean
    @FlywayDataSource
    @Qualifier("owner")
    DataSource ownerDataSource(Connection connection) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), connection.url(), connection.ownerUser(), connection.ownerPassword());
    }

    /**
     * The sessions' statements each on their own, without a transaction around them: reading a session and noting its
     * last access were two round trips more on every request (BEGIN and COMMIT around one statement each), a tenth of a
     * page's time on the books' page (bench/README.md). Spring Session takes this by its bean name. Spring Boot makes its
     * transaction template only when no such bean exists, so the application's own is made here, as Boot would.
     */
    @Bean
    org.springframework.transaction.support.TransactionOperations springSessionTransactionOperations() {
        return org.springframework.transaction.support.TransactionOperations.withoutTransaction();
    }

    @Bean
    org.springframework.transaction.support.TransactionTemplate transactionTemplate(
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    /** After the migrations, the application's role may use every table, and only add to and read the audit log. */
    @Bean
    FlywayMigrationStrategy migrateThenGrant(Connection connection) {
        return flyway -> {
            flyway.migrate();
            if (connection.separateRoles()) {
                DatabaseGrants.apply(flyway.getConfiguration().getDataSource(), connection.appUser());
            }
        };
    }

    /** Closes the pool before the server it talks to. */
    static final class EmbeddedHikariDataSource extends HikariDataSource {
        private final EmbeddedDatabase database;

        EmbeddedHikariDataSource(HikariConfig config, EmbeddedDatabase database) {
            super(config);
            this.database = database;
        }

        @Override
        public void close() {
            super.close();
            try {
                database.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not stop the embedded PostgreSQL", e);
            }
        }
    }
}
