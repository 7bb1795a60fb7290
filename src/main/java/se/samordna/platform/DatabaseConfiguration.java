package se.samordna.platform;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * One data source: the external server in {@code SAMORDNA_DB_URL} (with {@code _USER}, {@code _PASSWORD})
 * when set, otherwise the embedded PostgreSQL in {@code SAMORDNA_DATA_DIR} (default {@code ./data}).
 * Tests set {@code samordna.db.ephemeral=true}: a throw-away directory per context, fsync off.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(@Value("${samordna.db.url:}") String url,
                          @Value("${samordna.db.user:}") String user,
                          @Value("${samordna.db.password:}") String password,
                          @Value("${samordna.data-dir:./data}") String dataDir,
                          @Value("${samordna.db.ephemeral:false}") boolean ephemeral) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setPoolName("samordna");
        config.setMaximumPoolSize(10);
        // Plan every statement for its own parameters: a cached generic plan cannot use the year's dates and scans
        // every participant record of the association (measured in bench/followup.sh: 25 ms against 1 ms for an empty year).
        config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
        if (!url.isBlank()) {
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            return new HikariDataSource(config);
        }
        Path directory = ephemeral
                ? Files.createTempDirectory("samordna-test-pg")
                : Path.of(dataDir).toAbsolutePath().resolve("postgres");
        EmbeddedDatabase database = EmbeddedDatabase.start(directory, !ephemeral);
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername("postgres");
        return new EmbeddedHikariDataSource(config, database);
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
