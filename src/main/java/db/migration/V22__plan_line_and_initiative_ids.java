package db.migration;

import java.util.Optional;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samordna.plan.Plan;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.PlanFiles;

/**
 * Upgrades every stored plan to the stored form with ids: each budget line gets its id and each line that funds an
 * initiative its {@code initiativeId} (the same ids reading an older stored plan gives, written down so they never
 * depend on how a later release would derive them). Nothing a person reads changes: the migration reads each plan
 * before and after and refuses to go on unless the two are equal, figure for figure and text for text. This applies
 * to adopted plans too — their stored form gains the ids, their content and their archived document stay as the board
 * adopted them. A stored plan that cannot be read is left as it is and named in the log.
 */
public class V22__plan_line_and_initiative_ids extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V22__plan_line_and_initiative_ids.class);

    @Override
    public void migrate(Context context) throws Exception {
        int upgraded = StoredPlanRewrite.each(context, (id, before) -> {
            Plan plan;
            try {
                plan = PlanFiles.readJson(before);
            } catch (PlanFileException unreadable) {
                log.warn("Plan {} could not be read and keeps its stored form: {}", id, unreadable.getMessage());
                return Optional.empty();
            }
            String after = PlanFiles.writeJson(plan);
            if (!PlanFiles.readJson(after).equals(plan)) {
                throw new IllegalStateException("Plan " + id + " would read differently after the upgrade; nothing was changed.");
            }
            return Optional.of(after);
        });
        log.info("Stored plans upgraded with line and initiative ids: {}", upgraded);
    }
}
