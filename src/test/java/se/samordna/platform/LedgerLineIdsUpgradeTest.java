package se.samordna.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.plan.StoredForm;

/**
 * A database of the release before (schema V26) holds the books' account rules, a forecast and a monthly profile that point
 * at budget lines by group and name. V27 gives each the line's id from the association's stored plan, keeps a rule whose
 * line is gone (with its label, no id) and drops a forecast no plan's line holds (it was shown nowhere).
 */
class LedgerLineIdsUpgradeTest {

    @TempDir
    Path temp;

    @Test
    void theBooksRowsPointAtTheirLinesByIdAfterTheMigration() throws Exception {
        DatabaseSecret secret = DatabaseSecret.in(temp);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(temp.resolve("postgres"), false, secret)) {
            Flyway.configure().dataSource(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())
                    .locations("classpath:db/migration").target("26").load().migrate();
            Plan plan = Seeds.plan("vasterbergslagen-2025.yaml").withLineIds();
            UUID association = UUID.randomUUID();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())) {
                execute(connection, "insert into association (id, name, slug) values (?, 'Testförbundet Raderna', 'raderna')", association);
                try (PreparedStatement p = connection.prepareStatement("""
                        insert into plan (id, association_id, version, content, updated_by, budget_year, status)
                        values (?, ?, 1, cast(? as jsonb), 'test', 2025, 'DRAFT')""")) {
                    p.setObject(1, UUID.randomUUID());
                    p.setObject(2, association);
                    p.setString(3, StoredForm.write(plan));
                    p.executeUpdate();
                }
                execute(connection, """
                        insert into ledger_mapping (id, association_id, account_from, account_to, line_group, line_name, created_by) values
                        (gen_random_uuid(), ?, '7010', '7010', 'Administration', 'Förbundschef', 'test'),
                        (gen_random_uuid(), ?, '4000', '4999', 'Administration', 'En rad som togs bort', 'test')""", association, association);
                execute(connection, """
                        insert into ledger_forecast (association_id, year, line_group, line_name, amount, updated_by) values
                        (?, 2025, 'Administration', 'Förbundschef', 42000000, 'test'),
                        (?, 2025, 'Administration', 'En rad som togs bort', 100, 'test')""", association, association);
                execute(connection, """
                        insert into ledger_profile (association_id, year, line_group, line_name, weights, updated_by) values
                        (?, 2025, 'Administration', 'Förbundschef', '{1,1,1,1,1,1,0,1,1,1,1,1}', 'test')""", association);
            }

            Flyway.configure().dataSource(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())
                    .locations("classpath:db/migration").load().migrate();

            String chief = plan.budget().groups().stream().flatMap(g -> g.lines().stream()).filter(l -> l.name().equals("Förbundschef"))
                    .findFirst().orElseThrow().id();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), DatabaseSecret.OWNER_ROLE, secret.owner())) {
                assertThat(rows(connection, "select account_from || ' ' || coalesce(line_id, '-') || ' ' || line_name from ledger_mapping order by account_from"))
                        .containsExactly("4000 - En rad som togs bort", "7010 " + chief + " Förbundschef");
                assertThat(rows(connection, "select line_id || ' ' || amount from ledger_forecast")).containsExactly(chief + " 42000000");
                assertThat(rows(connection, "select line_id || ' ' || array_to_string(weights, ',') from ledger_profile"))
                        .containsExactly(chief + " 1,1,1,1,1,1,0,1,1,1,1,1");
            }
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> rows(Connection connection, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
