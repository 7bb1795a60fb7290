package se.samordna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalSexTest {

    @Test
    void readsEveryWayFilesWriteItAndNothingElse() {
        for (String woman : new String[]{"WOMAN", "k", "K", "kvinna", "Kvinnor "}) {
            assertThat(LegalSex.read(woman)).contains(LegalSex.WOMAN);
        }
        for (String man : new String[]{"MAN", "m", "man", "Män"}) {
            assertThat(LegalSex.read(man)).contains(LegalSex.MAN);
        }
        assertThat(LegalSex.read("totalt")).isEmpty();
        assertThat(LegalSex.read(null)).isEmpty();
    }
}
