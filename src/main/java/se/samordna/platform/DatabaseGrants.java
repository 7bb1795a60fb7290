package se.samordna.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/** What the application's role may do: everything with the data, except change or remove audit entries. */
final class DatabaseGrants {

    private DatabaseGrants() {
    }

    static void apply(DataSource owner, String appRole) {
        if (!appRole.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("The application's database role must be a plain lower-case name: " + appRole);
        }
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("grant usage on schema public to " + appRole);
            statement.execute("grant select, insert, update, delete on all tables in schema public to " + appRole);
            statement.execute("grant usage, select on all sequences in schema public to " + appRole);
            statement.execute("revoke update, delete, truncate, references, trigger on audit_log from " + appRole);
            statement.execute("revoke update, delete, truncate, references, trigger on audit_seal from " + appRole);
            statement.execute("revoke insert, update, delete, truncate on flyway_schema_history from " + appRole);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's database role its rights", e);
        }
    }
}
