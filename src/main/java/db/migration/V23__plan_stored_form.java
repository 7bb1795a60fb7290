package db.migration;

import java.util.Optional;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samordna.plan.Plan;
import se.samordna.plan.StoredForm;
import se.samordna.plan.PlanFileException;

/**
 * Rewrites every stored plan from the plan file's tree (amounts in the plan's unit) into the database's own form
 * ({@link StoredForm}: the plan's records, amounts in öre, a form version). Nothing a person reads changes: each plan
 * is read before and after, and a plan that would read differently, or cannot be read, keeps the form it had (still
 * readable, since the stored-form reader understands the file's tree) and is named in the log. Adopted plans are
 * rewritten too; their content and their archived documents stay as the board adopted them.
 */
public class V23__plan_stored_form extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V23__plan_stored_form.class);

    @Override
    public void migrate(Context context) throws Exception {
        int[] kept = {0};
        int upgraded = StoredPlanRewrite.each(context, (id, before) -> {
            if (StoredForm.isCurrent(before)) {
                return Optional.empty();
            }
            Plan plan;
            try {
                plan = StoredForm.read(before);
            } catch (PlanFileException unreadable) {
                log.warn("Plan {} could not be read and keeps its stored form: {}", id, unreadable.getMessage());
                kept[0]++;
                return Optional.empty();
            }
            String after = StoredForm.write(plan);
            if (!StoredForm.read(after).equals(plan)) {
                log.warn("Plan {} would read differently in the new stored form and keeps the form it had", id);
                kept[0]++;
                return Optional.empty();
            }
            return Optional.of(after);
        });
        log.info("Stored plans rewritten in the stored form {}: {} (kept as they were: {})", StoredForm.VERSION, upgraded, kept[0]);
    }
}
