package se.samordna.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;


class ReadPlansTest {

    @Test
    void aStoredPlanIsReadOnceAndReadAgainWhenTheDatabaseHoldsOtherText() throws Exception {
        Plan seed = PlanFiles.read(Files.readString(Path.of("examples/plans/sodra-dalarna-2025.yaml")));
        String stored = PlanFiles.writeJson(seed);
        UUID id = UUID.randomUUID();

        Plan first = ReadPlans.read(id, 3, stored);
        assertThat(ReadPlans.read(id, 3, new String(stored.toCharArray()))).isSameAs(first);
        assertThat(first.budget().groups()).isEqualTo(seed.budget().groups());

        // The same version with other text (a restore, a hand-made change) is read from the text, not the cache.
        String changed = stored.replace("Södra Dalarnas Samordningsförbund", "Södra Dalarnas förbund");
        assertThat(ReadPlans.read(id, 3, changed).association().name()).isEqualTo("Södra Dalarnas förbund");
        assertThat(ReadPlans.read(id, 4, stored)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void aSharedPlanCannotBeChangedInPlace() throws Exception {
        Plan plan = ReadPlans.read(UUID.randomUUID(), 1,
                PlanFiles.writeJson(PlanFiles.read(Files.readString(Path.of("examples/plans/klaralvdalen-2025.yaml")))));

        assertThatThrownBy(() -> plan.budget().groups().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.budget().groups().get(0).lines().get(0).amounts().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.initiatives().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.goals().goals().get(0).indicators().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
