package se.samordna.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void swedishNamesLoseTheirAccentsAndEverythingElseIsOneHyphen() {
        assertThat(Slug.of("Södra Dalarnas samordningsförbund", "x")).isEqualTo("sodra-dalarnas-samordningsforbund");
        assertThat(Slug.of("  Älvdalen & Malung–Sälen!  ", "x")).isEqualTo("alvdalen-malung-salen");
        assertThat(Slug.of("Ærø ß", "x")).isEqualTo("r");
        assertThat(Slug.of("—", "insats")).isEqualTo("insats");
        assertThat(Slug.of(null, "insats")).isEqualTo("insats");
    }

    /** The quick reading of Latin-1 gives what Unicode's decomposition gives, for every character and beyond it. */
    @Test
    void everyLatin1CharacterGivesWhatTheDecompositionGives() {
        for (char c = 0; c <= 0xff; c++) {
            String name = "a" + c + "b" + c;
            assertThat(Slug.of(name, "-")).as("U+%04X", (int) c).isEqualTo(Slug.normalized(name.toLowerCase(Locale.ROOT), "-"));
        }
        for (String name : new String[] {"Łódź kommun", "Ĳsselmeer", "e\u0301n", "İstanbul", "Δέλτα 7"}) {
            assertThat(Slug.of(name, "-")).as(name).isEqualTo(Slug.normalized(name.toLowerCase(Locale.ROOT), "-"));
        }
    }
}
