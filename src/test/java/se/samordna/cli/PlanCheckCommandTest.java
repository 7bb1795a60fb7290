package se.samordna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class PlanCheckCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = CommandLine.run(args);
            return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aTagAnAliasOrAListWhereAValueBelongsExitsTwoNamingTheLineWithoutJava(@TempDir Path dir) throws Exception {
        String seed = Files.readString(Path.of("examples/plans/sodra-dalarna-2025.yaml"));
        for (String hostile : List.of(seed.replace("\nunit: tkr", "\nunit: [x]"), seed.replace("\nunit: tkr", "\nunit: {a: 1}"),
                seed.replace("\nunit: tkr", "\nunit: !!python/object:os.system tkr"), seed.replace("\nunit: tkr", "\nunit: !foo tkr"),
                seed.replace("\nunit: tkr", "\nunit: &n tkr"))) {
            Path file = Files.writeString(dir.resolve("hostile.yaml"), hostile);
            Run run = run("plan", "check", file.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).contains("rad 5").doesNotContain("java", "Exception", "Node", "coerce");
        }
        // Refused for what they are, at their line, before the value reader decodes them (a !!binary it would try to decode).
        Map<String, String> refusals = Map.of("\nunit: !!binary zz", "Typangivelser (tag:yaml.org,2002:binary)",
                "\nunit: &n tkr", "Ankare (&n)", "\nunit: *n", "Alias (*n)", "\n!!str unit: tkr", "Typangivelser (tag:yaml.org,2002:str)");
        for (Map.Entry<String, String> refused : refusals.entrySet()) {
            Path file = Files.writeString(dir.resolve("refused.yaml"), seed.replace("\nunit: tkr", refused.getKey()));
            assertThat(run("plan", "check", file.toString()).err()).as(refused.getKey()).contains("rad 5", refused.getValue());
        }
        Path inf = Files.writeString(dir.resolve("inf.yaml"), seed.replace("equityFloor: 400", "equityFloor: .inf"));
        Run run = run("plan", "check", inf.toString());
        assertThat(run.exit()).isEqualTo(2);
        int floorLine = seed.substring(0, seed.indexOf("equityFloor: 400")).split("\n", -1).length;
        assertThat(run.err()).contains("rad " + floorLine + ":", "'.inf' är inget tal").doesNotContain("java", "Exception");
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsTheFiguresComputedFromTheLinesAsOneJsonObject() {
        Run run = run("plan", "check", "examples/plans/sodra-dalarna-2025.yaml", "--json");

        assertThat(run.exit()).isZero();
        Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
        assertThat(json.get("association")).isEqualTo("Södra Dalarnas Samordningsförbund");
        List<Map<String, Object>> years = (List<Map<String, Object>>) json.get("years");
        Map<String, Object> y2025 = years.stream().filter(y -> ((Number) y.get("year")).intValue() == 2025).findFirst().orElseThrow();
        assertThat(((Number) y2025.get("income")).longValue()).isEqualTo(6_569_000L);
        assertThat(((Number) y2025.get("costs")).longValue()).isEqualTo(6_885_000L);
        assertThat(((Number) y2025.get("result")).longValue()).isEqualTo(-316_000L);
        assertThat(((Number) y2025.get("equityStart")).longValue()).isEqualTo(700_000L);
        assertThat(((Number) y2025.get("equityEnd")).longValue()).isEqualTo(384_000L);
        List<Map<String, Object>> contributions = (List<Map<String, Object>>) y2025.get("contributions");
        assertThat(contributions).anySatisfy(c -> {
            assertThat(c.get("member")).isEqualTo("Avesta kommun");
            assertThat(c.get("kind")).isEqualTo("MUNICIPALITY");
            assertThat(((Number) c.get("amount")).longValue()).isEqualTo(680_240L);
        });
        List<Map<String, Object>> findings = (List<Map<String, Object>>) json.get("findings");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("code")).isEqualTo("FUNDS_EXCEEDED");
            assertThat(f.get("severity")).isEqualTo("ERROR");
            assertThat(((Number) f.get("year")).intValue()).isEqualTo(2025);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsAPlanFilesInitiativesWithWhatWasGrantedInWholeKronor() {
        Run run = run("plan", "initiatives", "examples/plans/klaralvdalen-2025.yaml", "--json");

        assertThat(run.exit()).isZero();
        Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
        List<Map<String, Object>> initiatives = (List<Map<String, Object>>) json.get("initiatives");
        assertThat(initiatives).anySatisfy(i -> {
            assertThat(i.get("name")).isEqualTo("Rebus Hagfors");
            assertThat(i.get("kind")).isEqualTo("INDIVIDUAL");
            assertThat(i.get("owner")).isEqualTo("Hagfors kommun");
            assertThat(i.get("start")).isEqualTo("2025-01-01");
            assertThat(i.get("end")).isEqualTo("2025-12-31");
            assertThat(((Map<String, Object>) i.get("granted")).get("2025")).isEqualTo(833000);
        });
        assertThat(run("plan", "initiatives", "no/such.yaml").exit()).isEqualTo(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsAPlanFilesGoalsWithTheirIndicatorsAndTheTheoryOfChange() {
        Run run = run("plan", "goals", "examples/plans/vasterbergslagen-2025.yaml", "--json");

        assertThat(run.exit()).isZero();
        Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
        List<Map<String, Object>> goals = (List<Map<String, Object>>) json.get("goals");
        assertThat(goals).hasSize(12);
        assertThat(goals.get(11)).satisfies(g -> {
            assertThat(g.get("title")).isEqualTo("Kommunikationsplan ska formuleras och verkställas");
            assertThat(((Number) g.get("year")).intValue()).isEqualTo(2025);
            List<Map<String, Object>> indicators = (List<Map<String, Object>>) g.get("indicators");
            assertThat(indicators.get(0).get("target")).isEqualTo("senast 2025-03-31");
            assertThat(indicators.get(1).get("target")).isEqualTo("minst 75 %");
            assertThat(indicators.get(1).get("source")).isEqualTo("Uppföljning av kommunikationsplanen");
        });
        Map<String, Object> theory = (Map<String, Object>) json.get("theoryOfChange");
        assertThat((List<Object>) theory.get("nodes")).hasSize(17);
        assertThat((List<Object>) theory.get("edges")).hasSize(17);
    }

    /** A file of gigabytes is refused for its size once 15 MB of it is read: no stack trace, no memory run out. */
    @Test
    void aFileOfGigabytesIsRefusedAsTooLargeBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.yaml");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L << 30); // sparse: three gigabytes of zeros that take no disk
        }
        for (String[] args : List.of(new String[] {"plan", "check", huge.toString()},
                new String[] {"plan", "document", huge.toString(), "--format", "pdf", "--out", dir.resolve("x.pdf").toString()})) {
            Run run = run(args);
            assertThat(run.exit()).as(args[1]).isEqualTo(2);
            assertThat(run.err()).as(args[1]).contains("huge.yaml är för stor (högst 5 MB)").doesNotContain("Exception", "java.");
        }
        Path workbook = dir.resolve("huge.xlsx");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(workbook.toFile(), "rw")) {
            file.setLength(1L << 30);
        }
        Run convert = run("plan", "convert", workbook.toString(), dir.resolve("tillbaka.yaml").toString());
        assertThat(convert.exit()).isEqualTo(2);
        assertThat(convert.err()).contains("huge.xlsx är för stor (högst 20 MB)").doesNotContain("Exception");
        assertThat(dir.resolve("tillbaka.yaml")).doesNotExist();

        // A file just over the reader's 5 MB of text is read and refused by the reader, with its own words.
        Path six = Files.writeString(dir.resolve("six.yaml"), "#".repeat(6 * 1024 * 1024));
        assertThat(run("plan", "check", six.toString()).err()).contains("för stor (högst 5 MB)");
        // Not UTF-8: named as such, as before.
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), "unit: tkr # \u00e5r".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("plan", "check", latin1.toString()).err()).contains("inte UTF-8");
    }

    /** The version, asked for in any of picocli's three spellings, is answered the same without its model of the commands. */
    @Test
    void theVersionIsTheSameHoweverItIsAskedFor() {
        String expected = "samordna " + CommandLine.version() + System.lineSeparator();
        for (String spelling : List.of("version", "--version", "-V")) {
            Run run = run(spelling);
            assertThat(run.exit()).as(spelling).isZero();
            assertThat(run.out()).as(spelling).isEqualTo(expected);
        }
        // picocli's own answer (its --version provider) says the same
        assertThat(new CommandLine.VersionProvider().getVersion()).containsExactly(expected.strip());
    }

    @Test
    void writesThePlanDocumentAndConvertsToAWorkbookAndBackWithoutChangingAFigure(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        Path docx = dir.resolve("plan.docx");
        Path xlsx = dir.resolve("plan.xlsx");
        Path yaml = dir.resolve("tillbaka.yaml");

        assertThat(run("plan", "document", "examples/plans/ornskoldsvik-2025.yaml", "--format", "pdf", "--out", pdf.toString()).exit()).isZero();
        assertThat(run("plan", "document", "examples/plans/ornskoldsvik-2025.yaml", "--format", "docx", "--out", docx.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.size(docx)).isGreaterThan(1000);
        assertThat(run("plan", "convert", "examples/plans/ornskoldsvik-2025.yaml", xlsx.toString()).exit()).isZero();
        assertThat(run("plan", "convert", xlsx.toString(), yaml.toString()).exit()).isZero();
        assertThat(se.samordna.plan.PlanFiles.read(Files.readString(yaml)))
                .isEqualTo(se.samordna.plan.PlanFiles.read(Files.readString(Path.of("examples/plans/ornskoldsvik-2025.yaml"))));
        assertThat(run("plan", "convert", "examples/plans/ornskoldsvik-2025.yaml", dir.resolve("x.yaml").toString()).exit()).isEqualTo(2);
        assertThat(run("plan", "document", "examples/plans/ornskoldsvik-2025.yaml", "--format", "odt", "--out", pdf.toString()).exit()).isEqualTo(2);
    }

    /**
     * {@code plan document} is read without picocli when its arguments are plain; picocli still reads and answers the
     * rest (its own spelling {@code --format=pdf}, a missing or unknown option), with the same words as before.
     */
    @Test
    void thePlainReadingOfPlanDocumentGivesWhatPicocliGivesAndLeavesTheRestToIt(@TempDir Path dir) throws Exception {
        String seed = "examples/plans/sodra-dalarna-2025.yaml";
        assertThat(PlanDocumentCommand.plain(new String[] {"plan", "document", seed, "--out", "a.docx", "--format", "docx", "--checks"}))
                .satisfies(c -> {
                    assertThat(c.file).isEqualTo(Path.of(seed));
                    assertThat(c.format).isEqualTo(PlanDocumentCommand.Format.docx);
                    assertThat(c.out).isEqualTo(Path.of("a.docx"));
                    assertThat(c.checks).isTrue();
                });
        for (String[] notPlain : List.of(new String[] {"plan", "document", seed, "--format=pdf", "--out", "a.pdf"},
                new String[] {"plan", "document", seed, "--format", "odt", "--out", "a.pdf"},
                new String[] {"plan", "document", seed, "--format", "pdf", "--out", "--checks"},
                new String[] {"plan", "document", seed, "--format", "pdf", "--format", "docx"},
                new String[] {"plan", "document", seed, "--format", "pdf", "--out", "a.pdf", "--help"})) {
            assertThat(PlanDocumentCommand.plain(notPlain)).as(String.join(" ", notPlain)).isNull();
        }

        Path plain = dir.resolve("plain.docx");
        Path picocli = dir.resolve("picocli.docx");
        Run first = run("plan", "document", seed, "--format", "docx", "--out", plain.toString(), "--checks");
        Run second = run("plan", "document", seed, "--format=docx", "--out=" + picocli, "--checks");
        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        assertThat(first.out()).isEqualTo(plain + " (" + Files.size(plain) / 1024 + " kB)" + System.lineSeparator());
        assertThat(docxText(plain)).contains("Södra Dalarna").isEqualTo(docxText(picocli));

        Run unknown = run("plan", "document", seed, "--format", "odt", "--out", dir.resolve("x.odt").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("odt").contains("--format");
        Run missing = run("plan", "document", seed, "--format", "pdf");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--out");
    }

    private static String docxText(Path docx) throws Exception {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return text.getText();
        }
    }

    @Test
    void printsFindingsAsTextWithoutJson() {
        Run run = run("plan", "check", "examples/plans/norra-vastmanland-2022.yaml");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Norra Västmanlands Samordningsförbund").contains("SUM_MISMATCH 2022");
    }

    @Test
    void exitsWithTwoAndTheLineWhenTheFileCannotBeRead(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "format: 1\nunit: tkr\nassociation: {name: X}\nmembers: []\nbudget:\n  years: {2025: BUDGET}\n  groups:\n    - name: A\n      category: ADMINISTRATION\n      lines:\n        - {name: B, amounts: {2025: tio}}\n");

        Run run = run("plan", "check", broken.toString(), "--json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("rad 11").contains("'tio' är inget tal").doesNotContain("Exception");
    }

    @Test
    void exitsWithTwoForAMissingFile() {
        Run run = run("plan", "check", "no/such/plan.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("finns inte").doesNotContain("at se.samordna");
    }

    @Test
    void answersVersionAndHelpWithoutStartingTheServer() {
        assertThat(run("version").out()).startsWith("samordna ");
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("plan").contains("version");
    }

    @Test
    void theShortPathAndTheFullCommandModelGiveTheSameAnswer() {
        // "plan check FILE" skips picocli (bench/plan-check.sh); with "--" picocli reads the same command.
        Run plain = run("plan", "check", "examples/plans/vasterbergslagen-2025.yaml");
        Run parsed = run("plan", "check", "--", "examples/plans/vasterbergslagen-2025.yaml");
        assertThat(PlanCheckCommand.plain(new String[]{"plan", "check", "--", "x.yaml"})).isNull();
        assertThat(plain.exit()).isEqualTo(parsed.exit()).isZero();
        assertThat(plain.out()).isEqualTo(parsed.out()).contains("STATED_FIGURE_MISMATCH 2025");

        Run json = run("plan", "check", "--json", "examples/plans/sodra-dalarna-2025.yaml");
        assertThat(json.out()).isEqualTo(run("plan", "check", "examples/plans/sodra-dalarna-2025.yaml", "--json", "--").out());

        Run unknown = run("plan", "check", "--jsn", "examples/plans/sodra-dalarna-2025.yaml");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--jsn").contains("Användning");
        assertThat(run("plan", "check", "--help").out()).contains("--json");
        assertThat(run("plan", "--help").out()).contains("check").contains("roll-forward").contains("diff");
    }
}
