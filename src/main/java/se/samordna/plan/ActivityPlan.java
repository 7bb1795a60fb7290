package se.samordna.plan;

import java.time.LocalDate;
import java.util.List;

/** A communication plan or annual calendar (årshjul): dated activities, done or not. */
public record ActivityPlan(String id, String name, int year, List<Activity> activities) {

    public record Activity(String id, String title, LocalDate date, boolean done) {
    }

    /** The percentage of activities done (0 when there are none). */
    public java.math.BigDecimal completion() {
        if (activities.isEmpty()) {
            return java.math.BigDecimal.ZERO;
        }
        long done = activities.stream().filter(Activity::done).count();
        return java.math.BigDecimal.valueOf(done * 100).divide(java.math.BigDecimal.valueOf(activities.size()), 1,
                java.math.RoundingMode.HALF_UP);
    }
}
