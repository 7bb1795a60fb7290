package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.flywaydb.core.api.migration.Context;

/**
 * Rewrites stored plans one by one inside a migration (not a migration itself: Flyway runs only the V… classes). The
 * step gets a plan's id and stored text and answers the new text, or nothing to leave the plan as it is; every
 * answered text is written in one batch.
 */
final class StoredPlanRewrite {

    interface Step {
        Optional<String> rewrite(Object id, String stored);
    }

    private StoredPlanRewrite() {
    }

    /** The number of plans rewritten. */
    static int each(Context context, Step step) throws SQLException {
        int rewritten = 0;
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("select id, content::text from plan order by id");
             PreparedStatement update = context.getConnection().prepareStatement("update plan set content = cast(? as jsonb) where id = ?")) {
            while (rows.next()) {
                Object id = rows.getObject(1);
                Optional<String> after = step.rewrite(id, rows.getString(2));
                if (after.isPresent()) {
                    update.setString(1, after.get());
                    update.setObject(2, id);
                    update.addBatch();
                    rewritten++;
                }
            }
            update.executeBatch();
        }
        return rewritten;
    }
}
