package se.samordna.plan;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlanFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"vasterbergslagen-2025.yaml", "klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml",
            "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml"})
    void exportedFileImportsBackUnchanged(String file) {
        Plan plan = Seeds.plan(file);

        Plan again = PlanFiles.read(PlanFiles.writeYaml(plan));
        Plan viaJson = PlanFiles.readJson(PlanFiles.writeJson(plan));

        assertThat(again).isEqualTo(plan);
        assertThat(viaJson).isEqualTo(plan);
        assertThat(PlanFiles.writeYaml(again)).isEqualTo(PlanFiles.writeYaml(plan));
    }

    /** The command line warms the Markdown parser and the findings' sentences on a second thread while it reads the file. */
    @Test
    void warmingUpOnASecondThreadWhileAPlanIsReadFailsNothingAndChangesNothing() throws Exception {
        String yaml = Seeds.text("klaralvdalen-2025.yaml");
        java.util.concurrent.CompletableFuture<Void> warmUp = java.util.concurrent.CompletableFuture.runAsync(PlanFiles::warmUp);
        Plan read = PlanFiles.read(yaml);
        warmUp.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(read).isEqualTo(PlanFiles.read(yaml));
        assertThat(PlanReport.of(read).get("findings")).isEqualTo(PlanReport.of(PlanFiles.read(yaml)).get("findings"));
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        String yaml = Seeds.text("ornskoldsvik-2025.yaml")
                .replace("{name: Rese- och logikostnader, amounts: {2025: 50,", "{name: Rese- och logikostnader, amounts: {2025: femtio,")
                .replace("{name: Psykeveckan V.45, initiative: Psykeveckan, amounts:", "{name: Psykeveckan V.45, category: FESTER, amounts:")
                .replace("{name: Sammanträdeskostnader, amounts: {2025: 10, 2026: 10, 2027: 10}}",
                        "{name: Sammanträdeskostnader, amounts: {2025: 10, 2026: 10, 2029: 10}}")
                .replace("  - {year: 2026, total: 4924, key: UNSPECIFIED}", "  - {year: 2026, total: -4924, key: UNSPECIFIED}");

        PlanFileException e = catchThrowableOfType(PlanFileException.class, () -> PlanFiles.read(yaml));

        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("'femtio' är inget tal");
            assertThat(p.line()).isEqualTo(lineOf(yaml, "femtio"));
            assertThat(p.path()).isEqualTo("budget/groups/1/lines/3/amounts/2025");
        });
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("Okänt värde 'FESTER'").contains("ADMINISTRATION");
            assertThat(p.line()).isEqualTo(lineOf(yaml, "FESTER"));
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("Året 2029 finns inte bland budgetens år"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.message()).contains("Tilldelningen måste vara större än noll");
            assertThat(p.line()).isEqualTo(lineOf(yaml, "total: -4924"));
        });
    }

    @Test
    void refusesHostileNumbersAndYearsAtOnceAndNamesTheirPlace() {
        String yaml = Seeds.text("sodra-dalarna-2025.yaml")
                .replace("equityFloor: 400", "equityFloor: 1e999999")
                .replace("{ref: \"10000-47\", name: Konsulttjänster (revision), amounts: {2025: 45, 2024: 50}}",
                        "{ref: \"10000-47\", name: Konsulttjänster (revision), amounts: {2025: \"1e99999\", 2024: 50}}")
                .replace("years: {2024: PREVIOUS_BUDGET, 2025: BUDGET}", "years: {-99999999999: PREVIOUS_BUDGET, 2025: BUDGET}");
        assertThat(yaml).contains("1e999999", "\"1e99999\"", "-99999999999");
        // Before the bounded reader, 1e999999 made BigDecimal work without end; now it is refused at once (the 100 ms
        // bound is DecimalsTest's; here, on a loaded machine, only that the read ends).
        PlanFileException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> catchThrowableOfType(PlanFileException.class, () -> PlanFiles.read(yaml)));

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("rules/equityFloor");
            assertThat(p.message()).contains("för stort");
        });
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("'1e99999' är inget tal"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("'-99999999999' är inget årtal"));
    }

    @Test
    void refusesPercentagesAboveAHundredAndMunicipalitiesOutsideTheMembers() {
        String yaml = Seeds.text("sodra-dalarna-2025.yaml")
                .replace("{member: Avesta kommun, percent: 11}", "{member: Avesta kommun, percent: 111}")
                .replace("{member: Säters kommun, percent: 6}", "{member: Falu kommun, percent: 6}");

        PlanFileException e = catchThrowableOfType(PlanFileException.class, () -> PlanFiles.read(yaml));

        assertThat(e.problems()).extracting(PlanFileException.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("111").contains("mellan 0 och 100"))
                .anySatisfy(m -> assertThat(m).contains("'Falu kommun' finns inte bland förbundets medlemmar"));
    }

    @Test
    void requiresTheMembersTheLawNamesOnceEach() {
        String yaml = Seeds.text("ornskoldsvik-2025.yaml")
                .replace("  - {name: Arbetsförmedlingen, kind: ARBETSFORMEDLINGEN}\n", "  - {name: Region Västernorrland, kind: REGION}\n");

        PlanFileException e = catchThrowableOfType(PlanFileException.class, () -> PlanFiles.read(yaml));

        assertThat(e.problems()).extracting(PlanFileException.Problem::message)
                .contains("Medlemmen 'Region Västernorrland' står två gånger.", "Lagen kräver att Arbetsförmedlingen är medlem.");
    }

    @Test
    void keepsTheBoardSeatsOfAMember() {
        String yaml = Seeds.text("ornskoldsvik-2025.yaml").replace("{name: Region Västernorrland, kind: REGION}",
                "{name: Region Västernorrland, kind: REGION, board: {ordinary: Anna Andersson, substitute: Bo Berg}}");

        Plan plan = PlanFiles.read(yaml);

        assertThat(plan.members().get(2).boardOrdinary()).isEqualTo("Anna Andersson");
        assertThat(plan.members().get(2).boardSubstitute()).isEqualTo("Bo Berg");
        assertThat(PlanFiles.read(PlanFiles.writeYaml(plan))).isEqualTo(plan);
    }

    @Test
    void refusesTextThatIsNotYamlWithTheLine() {
        PlanFileException e = catchThrowableOfType(PlanFileException.class,
                () -> PlanFiles.read("format: 1\nassociation:\n  name: [unclosed\n"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("Filen är inte giltig YAML");
            assertThat(p.line()).isGreaterThan(0);
        });
    }

    @Test
    void validatesOrganisationNumbersWithTheLuhnCheck() {
        assertThat(OrganisationNumber.isValid("202100-5521")).isTrue();
        assertThat(OrganisationNumber.isValid("202100-5522")).isFalse();
        assertThat(OrganisationNumber.isValid("2021005521")).isTrue();
        assertThat(OrganisationNumber.isValid("19121212-1212")).isFalse();
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }
}
