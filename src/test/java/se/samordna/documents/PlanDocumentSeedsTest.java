package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.plan.Goal;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeState;
import se.samordna.shared.MoneyFormat;

/**
 * Each seed's plan document held against its seed: the seed's main section headings (listed here from the seed), every
 * year of its multi-year overview with the seed's figures, every initiative the seed names, and nothing the file marks as
 * assumed printed without "antaget". Page images of the first pages and of the overview go to target/screenshots/documents.
 */
class PlanDocumentSeedsTest {

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("sodra-dalarna-2025.yaml", List.of("Vision", "Verksamhetsinriktning 2025–2028", "Integrerad samverkan",
                        "Jämställdhetsintegrering", "Lösningsfokuserad utveckling", "Mål", "Förbundets ändamål och uppgifter",
                        "Arbetsorganisation", "Lokala samverkansgrupper (LSG)", "Medel till förfogande och beslutade insatser för 2025",
                        "Långsiktig budget 2025–2028", "Budget 2025", "Medlemmarnas bidrag")),
                Arguments.of("vasterbergslagen-2025.yaml", List.of("Förbundets ändamål och uppdrag", "Verksamhetens organisation",
                        "Styrelsen", "Förbundschef och kansli", "Referensgrupper till förbundet", "Lokala samverkansgruppen (LSG)",
                        "Styrgrupper för insatserna", "Nationella rådet", "Vision", "Omvärldsspaning, analys och kartläggning av behov",
                        "Mål och aktiviteter 2025", "Uppföljning och utvärdering av förbundets verksamhet", "Budget",
                        "Förändringsteori", "Mål och indikatorer")),
                Arguments.of("klaralvdalen-2025.yaml", List.of("Sammanfattning", "Finansiell samordning inom rehabiliteringsområdet",
                        "Samordningsförbundets uppgift", "Behovsgrupper", "Delmål 1: Struktur och långsiktighet i samverkansarbetet",
                        "Delmål 2", "Delmål 3: Implementering i ordinarie verksamhet", "Finansierade insatser 2025",
                        "Uppföljning och utvärdering", "Intern styrning och kontroll", "Organisering av verksamheten", "Beredningsgrupp",
                        "Styrgrupper", "Budget 2025", "Fria medel")),
                Arguments.of("norra-vastmanland-2022.yaml", List.of("Om förbundet", "Förbundets medlemmar", "Syftet med förbundet",
                        "Vision", "Strategier", "Integrerad samverkan", "Jämställdhet och integration", "Lösningsfokus", "Mål och målgrupper",
                        "Organisation", "Utvecklingsrådet", "Revisorer", "Uppföljning och utvärdering", "Ekonomi och planerad finansiering",
                        "Flerårsöversikt", "Budget 2022")),
                Arguments.of("ornskoldsvik-2025.yaml", List.of("Inledning", "Programförklaring",
                        "Förbundsstyrelsens uppdrag utifrån förbundsordningen", "Strategiska områden", "Lokala samverkansgruppen (LSG)",
                        "Mål för förbundsstyrelsen 2025", "Verksamheter, insatser och projekt under 2025", "Individstödjande insatser",
                        "Strukturstödjande insatser", "Uppföljning och utvärdering", "Ekonomiska förutsättningar",
                        "Risk- och väsentlighetsanalys", "Budget 2025")));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theDocumentHoldsTheSeedsSectionsOverviewAndInitiatives(String file, List<String> headings) throws Exception {
        Plan plan = Seeds.plan(file);
        byte[] pdf = PlanDocuments.pdf(plan);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            for (String heading : headings) {
                assertThat(text).as("%s: heading %s", file, heading).contains(heading);
            }
            assertThat(plan.sections()).as("%s has its own text", file).hasSizeGreaterThanOrEqualTo(5);
            for (Plan.OverviewYear year : plan.overview()) {
                assertThat(text).as("%s: overview %d", file, year.year()).contains(String.valueOf(year.year()));
                for (var amount : Stream.of(year.income(), year.costs(), year.equityEnd()).filter(a -> a != null).toList()) {
                    assertThat(text).as("%s: %d figure %s", file, year.year(), amount).contains(money(plan, amount));
                }
            }
            for (Initiative initiative : plan.initiatives()) {
                assertThat(text).as("%s: initiative", file).contains(initiative.name().replaceAll("\\s+", " "));
            }
            assertThat(text).doesNotContain("16–64 år som behöver samordnade rehabiliteringsinsatser från minst två")
                    .doesNotContain("Kontroller av planen");
            saveFirstPages(document, file);
        }
    }

    /** Every value the file marks as assumed is printed with "antaget" beside it, in the cell that shows it. */
    @ParameterizedTest
    @MethodSource("seeds")
    void noAssumedValueIsPrintedWithoutAntaget(String file, List<String> headings) throws Exception {
        Plan plan = Seeds.plan(file);
        String html = PlanDocuments.html(plan);
        List<String> cells = cells(html);
        int assumed = 0;
        for (Goal goal : plan.goals().goals()) {
            for (Goal.Indicator indicator : goal.indicators()) {
                if (indicator.target() != null && indicator.target().assumed()) {
                    assumed++;
                    String shown = DocumentRenderer.escape(indicator.target().describe());
                    assertThat(cells).as("%s: %s", file, indicator.name()).anySatisfy(c -> assertThat(c).startsWith(shown).endsWith("(Samordnas antagande)"));
                }
            }
        }
        for (Initiative initiative : plan.initiatives()) {
            if (initiative.isAssumed("state") && shownInDocument(initiative)) {
                assumed++;
                int row = cells.indexOf(DocumentRenderer.escape(initiative.name()));
                assertThat(cells.subList(row, Math.min(cells.size(), row + 6))).as("%s: %s", file, initiative.name()).anySatisfy(c -> assertThat(c).endsWith("(Samordnas antagande)"));
            }
        }
        try (PDDocument document = Loader.loadPDF(PlanDocuments.pdf(plan))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(countOf(text, "(Samordnas antagande)")).as("%s: printed assumed values", file).isGreaterThanOrEqualTo(assumed);
        }
    }

    @Test
    void sodraDalarnasBoardFindsItsMultiYearTableWithThe2025FiguresItPrinted() throws Exception {
        Plan plan = Seeds.plan("sodra-dalarna-2025.yaml");

        try (PDDocument document = Loader.loadPDF(PlanDocuments.pdf(plan))) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("2022 2023 2024 2025 2026 2027 2028").contains("Budget Budget Prognos Budget Plan Plan Plan");
            // 2025 as the seed prints it, other income netted against costs: allocation 6 184, budget 6 500.
            assertThat(text).contains("Intäkter 6 322 tkr 6 308 tkr 6 308 tkr 6 184 tkr 7 500 tkr 7 500 tkr 7 500 tkr");
            assertThat(text).contains("Kostnader 7 195 tkr 6 908 tkr 7 700 tkr 6 500 tkr 7 500 tkr 7 500 tkr 7 500 tkr");
            // The seed's 400 tkr at the end of 2025 is its prognosis; the lines give 384 tkr, and the document says both.
            assertThat(text).contains("eget kapital vid årets slut anges till 400 tkr, raderna ger 384 tkr");
            int overviewPage = pageOf(document, "Flerårsöversikt", 3);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(overviewPage, 70);
            ImageIO.write(page, "png", Files.createDirectories(Path.of("target/screenshots/documents"))
                    .resolve("sodra-dalarna-2025-overview.png").toFile());
        }
    }

    @Test
    void theCoverSaysWhenAndByWhichMinutesTheBoardAdoptedThePlan() throws Exception {
        Plan seed = Seeds.plan("sodra-dalarna-2025.yaml");
        Plan adopted = seed.withHeader(new Plan.Header(seed.association().name(), java.time.LocalDate.of(2024, 11, 20),
                seed.association().source(), "§ 45"));

        try (PDDocument document = Loader.loadPDF(PlanDocuments.pdf(adopted))) {
            String cover = stripper(1, 1).getText(document).replaceAll("\\s+", " ");
            assertThat(cover).contains("Verksamhetsplan och budget 2025").contains("Södra Dalarnas Samordningsförbund")
                    .contains("Fastställd av styrelsen 2024-11-20, § 45").contains("Belopp i tusental kronor (tkr)");
            String contents = stripper(2, 2).getText(document).replaceAll("\\s+", " ");
            assertThat(contents).contains("Innehåll").contains("1 Vision").containsPattern("Flerårsöversikt \\.* ?\\d");
        }
        try (PDDocument document = Loader.loadPDF(PlanDocuments.pdf(seed.asDraft()))) {
            assertThat(stripper(1, 1).getText(document)).contains("Förslag: ännu inte fastställt av styrelsen");
        }
    }

    @Test
    void budgetLinesCarryTheirSignSoTheyAddUpToTheirGroupAndKronorPlansPrintInKronor() throws Exception {
        String sodra = PlanDocuments.html(Seeds.plan("sodra-dalarna-2025.yaml"));
        // Group 20 000: the ESF income is minus inside the cost group, and the printed lines add up to the printed 1 350.
        assertThat(sodra).contains("<td>Intäkter för arbete i ESF projekt</td><td class=\"num\">-360</td><td class=\"num\">-380</td>");
        assertThat(sodra).contains("<td>Summa 20 000 Administration</td><td class=\"num\">1\u00a0515</td><td class=\"num\">1\u00a0350</td>");
        // Group 50 000 is a group of the cost-signed table, as the seed prints it: the contribution and its sum both -6 184.
        assertThat(sodra).contains("<td>Bidrag (not 1)</td><td class=\"num\">-6\u00a0308</td><td class=\"num\">-6\u00a0184</td>");
        assertThat(sodra).contains("Summa 50 000 Intäkter (medelstilldelning från medlemmarna)</td><td class=\"num\">-6\u00a0308</td><td class=\"num\">-6\u00a0184</td>");
        assertThat(sodra).contains("Avesta kommun</td><td>11\u00a0% av tilldelningen</td><td class=\"num\">680\u00a0240\u00a0kr</td>");

        String klaralvdalen = PlanDocuments.html(Seeds.plan("klaralvdalen-2025.yaml"));
        assertThat(klaralvdalen).contains("Belopp i kr").contains("<td>Insats Rebus Hagfors</td><td class=\"num\">833\u00a0000</td>");
    }

    @Test
    void theChecksArePrintedOnlyWhenTheDirectorAsksForThemAsAnAppendix() throws Exception {
        Plan plan = Seeds.plan("sodra-dalarna-2025.yaml");

        assertThat(PlanDocuments.html(plan)).doesNotContain("Bilaga: kontroller av planen");
        String withChecks = DocumentRenderer.xhtml("t", "a", PlanDocument.blocks(plan, new PlanDocument.Options(true)));
        assertThat(withChecks).contains("Bilaga: kontroller av planen").contains("2025: Kostnaderna 6");
    }

    private static void saveFirstPages(PDDocument document, String file) throws Exception {
        Path out = Files.createDirectories(Path.of("target/screenshots/documents"));
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
            ImageIO.write(renderer.renderImageWithDPI(page, 60), "png", out.resolve(file.replace(".yaml", "-page-" + (page + 1) + ".png")).toFile());
        }
    }

    private static boolean shownInDocument(Initiative i) {
        return i.state() != InitiativeState.IDEA && i.state() != InitiativeState.APPLIED && i.state() != InitiativeState.REFUSED;
    }

    private static String money(Plan plan, se.samordna.shared.Money amount) {
        return ("tkr".equals(plan.budget().unit()) ? MoneyFormat.tkr(amount) : MoneyFormat.kronor(amount)).replace('\u00a0', ' ');
    }

    private static List<String> cells(String html) {
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(html);
        while (m.find()) {
            cells.add(m.group(1));
        }
        return cells;
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static PDFTextStripper stripper(int from, int to) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper;
    }

    private static int pageOf(PDDocument document, String heading, int fallback) throws java.io.IOException {
        for (int page = 3; page <= document.getNumberOfPages(); page++) {
            if (stripper(page, page).getText(document).contains(heading)) {
                return page - 1;
            }
        }
        return fallback;
    }
}
