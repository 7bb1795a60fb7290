package se.samordna.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.shared.Money;

/**
 * The plan's own budget table and overview print what the board adopted and nothing else: each row is a group, a line, a
 * subtotal or a total the plan file holds, with the figure it states; everything Samordna computes stands apart under a
 * heading that names Samordna.
 */
class PlanDocumentAsAdoptedTest {

    @ParameterizedTest
    @ValueSource(strings = {"klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml", "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml",
            "vasterbergslagen-2025.yaml"})
    void theBudgetTableHoldsOnlyThePlansRowsWithTheFiguresItStates(String seed) {
        Plan plan = Seeds.plan(seed);
        boolean tkr = "tkr".equals(plan.budget().unit());
        List<Block> blocks = PlanBudgetBlocks.budget(plan);
        Block.Table table = (Block.Table) blocks.get(0);
        List<Integer> years = plan.budget().years().stream().map(Plan.BudgetYear::year).sorted().toList();
        List<String> unknown = new ArrayList<>();
        for (List<String> row : table.rows()) {
            String label = row.get(1);
            Plan.LineGroup group = plan.budget().groups().stream().filter(g -> label.startsWith(g.name())).findFirst().orElse(null);
            boolean line = plan.budget().groups().stream().flatMap(g -> g.lines().stream()).anyMatch(l -> (l.name() + (l.mark() == null ? "" : l.mark())).equals(label));
            Plan.LineGroup summed = plan.budget().groups().stream().filter(g -> label.equals(DocumentWords.of("doc.planBudgetBlocks.summa", g.name())))
                    .findFirst().orElse(null);
            if (summed != null) {
                assertThat(summed.stated()).as("%s: a subtotal row the plan states: %s", seed, label).isNotEmpty();
                for (int y = 0; y < years.size(); y++) {
                    Money stated = summed.stated().get(years.get(y));
                    // As the plan prints it: its own sign for the group (costs negative, or a cost-signed table's income negative).
                    boolean flip = summed.type() == se.samordna.plan.LineType.COST
                            && plan.budget().signs() == se.samordna.plan.PrintedSigns.COSTS_NEGATIVE;
                    String printed = stated == null ? "" : PlanBudgetBlocks.plain(stated, tkr);
                    assertThat(row.get(2 + y)).as("%s %s %d", seed, label, years.get(y)).isEqualTo(flip ? PlanBudgetBlocks.negated(printed) : printed);
                }
            } else if (isTotal(label)) {
                assertThat(plan.budget().stated()).as("%s: a total the plan states: %s", seed, label).isNotEmpty();
                for (int y = 0; y < years.size(); y++) {
                    Plan.StatedFigures stated = plan.budget().stated().get(years.get(y));
                    if (stated == null) {
                        assertThat(row.get(2 + y)).as("%s %s %d", seed, label, years.get(y)).isEmpty();
                    }
                }
            } else if (group == null && !line) {
                unknown.add(label);
            }
        }
        assertThat(unknown).as("%s: rows of the plan's table that the plan does not hold", seed).isEmpty();
        assertThat(table.rows()).as("%s: Samordna's ceiling and available funds are not rows of the plan's table", seed)
                .noneMatch(r -> r.get(1).equals(DocumentWords.of("doc.planBudgetBlocks.takForEgetKapital")));
        // Samordna's own arithmetic follows, under a heading that names Samordna.
        Block afterTable = blocks.stream().skip(1).filter(b -> !(b instanceof Block.Note)).findFirst().orElseThrow();
        assertThat(((Block.Paragraph) afterTable).text()).contains("Samordna");
        // The plan's own legends come right under its table, before anything of Samordna's.
        List<String> legends = blocks.stream().skip(1).takeWhile(b -> b instanceof Block.Note).map(b -> ((Block.Note) b).text()).toList();
        assertThat(legends).containsExactlyElementsOf(plan.budget().legends().stream().map(l -> l.mark() + " " + l.text()).toList());
        assertThat(blocks).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Paragraph.class)
                .satisfies(p -> assertThat(((Block.Paragraph) p).text()).isEqualTo(DocumentWords.of("doc.planBudgetBlocks.samordnasNotes"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"klaralvdalen-2025.yaml", "norra-vastmanland-2022.yaml", "ornskoldsvik-2025.yaml", "sodra-dalarna-2025.yaml",
            "vasterbergslagen-2025.yaml"})
    void theOverviewPrintsTheAdoptedYearsAndMarksSamordnasComputation(String seed) {
        Plan plan = Seeds.plan(seed);
        List<Block> blocks = PlanOverview.blocks(plan);
        if (!plan.overview().isEmpty()) {
            Block.Table stated = (Block.Table) blocks.get(0);
            assertThat(stated.headers().subList(1, stated.headers().size()))
                    .containsExactlyElementsOf(plan.overview().stream().map(o -> String.valueOf(o.year())).sorted().toList());
            assertThat(stated.rows()).noneMatch(r -> r.get(0).equals(DocumentWords.of("doc.planOverview.takForEgetKapital")));
        }
        assertThat(blocks).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Paragraph.class)
                .satisfies(p -> assertThat(((Block.Paragraph) p).text()).startsWith("Beräknat av Samordna")));
    }

    private static boolean isTotal(String label) {
        return List.of("doc.planBudgetBlocks.intakterTotalt", "doc.planBudgetBlocks.kostnaderTotalt", "doc.planBudgetBlocks.resultat",
                "doc.planBudgetBlocks.egetKapitalVidAretsBorjan", "doc.planBudgetBlocks.egetKapitalVidAretsSlut", "doc.planBudgetBlocks.tillgangligtForNyaInsatser")
                .stream().map(DocumentWords::of).anyMatch(label::equals);
    }

    @org.junit.jupiter.api.Test
    void everythingTheSeedHasIsPrintedTheCoversQuotationFootnotesPictureMarkersLinksMarksAndAppendices() throws Exception {
        // Västerbergslagen's cover quotes SOU 2000:114; Södra Dalarna's carries its vision.
        String vasterbergslagen = pdfText(Seeds.plan("vasterbergslagen-2025.yaml"));
        String cover = vasterbergslagen.substring(0, vasterbergslagen.indexOf("Innehåll"));
        assertThat(cover.replaceAll("\\s+", " ")).contains("Samverkan är inte ett tillstånd som går att uppnå vid ett givet tillfälle")
                .contains("Samverkansutredningens betänkande SOU 2000:114");
        // Its theory of change is read as the plan says (right to left), never as Samordna's drawing would suggest.
        assertThat(vasterbergslagen.replaceAll("\\s+", " ")).contains("Förändringsteorin läses från höger till vänster")
                .doesNotContain("Samordnas beskrivning av bilden");
        // A plan that says nothing of how to read it gets Samordna's description, marked as Samordna's.
        Plan unsaid = Seeds.plan("vasterbergslagen-2025.yaml");
        se.samordna.plan.TheoryOfChange toc = unsaid.goals().theoryOfChange();
        assertThat(PlanDocument.blocks(unsaid.withGoals(new Plan.Goals(unsaid.goals().areas(), new se.samordna.plan.TheoryOfChange(
                toc.period(), toc.rows(), toc.nodes(), toc.edges()), unsaid.goals().goals(), unsaid.goals().activityPlans()))))
                .anySatisfy(b -> assertThat(b).isEqualTo(new Block.Paragraph(DocumentWords.of("doc.planDocument.forandringsteorinLasesFranVansterTill"))));
        assertThat(DocumentWords.of("doc.planDocument.forandringsteorinLasesFranVansterTill")).startsWith("Samordnas");

        // Södra Dalarna: the picture the plan shows is named where it stood, and the ESF footnote is explained.
        Plan sodra = Seeds.plan("sodra-dalarna-2025.yaml");
        String text = pdfText(sodra).replaceAll("\\s+", " ");
        assertThat(text).contains("Södra Dalarna – En plats för alla!").contains("Förbundets vision")
                .contains("Bild i originalet: Integrerad samverkan").contains("ESF-projektet\u00b9 Lärande").contains("\u00b9 Europeiska socialfonden.");
        assertThat(text.indexOf("Bild i originalet")).isLessThan(text.indexOf("Integrerad samverkan är en riktning"));
        assertThat(text).doesNotContain("[^1]", "![");

        // Örnsköldsvik's mark on the director's line, with the plan's own explanation under the table.
        String ornskoldsvik = pdfText(Seeds.plan("ornskoldsvik-2025.yaml")).replaceAll("\\s+", " ");
        assertThat(ornskoldsvik).contains("Uppdragsersättning förbundschef 100 %*")
                .contains("* Förbundschefen är inte bara en administrativ funktion utan ibland också ett processtöd.");

        // Klarälvdalen's indicator appendix comes after the figures; its footnote points to it.
        String klaralvdalen = pdfText(Seeds.plan("klaralvdalen-2025.yaml")).replaceAll("\\s+", " ");
        // Each initiative's own goals follow its purpose.
        assertThat(klaralvdalen).contains("Mål för Rebus Hagfors:").contains("80 % ska, mätt mot uppsatta delmål och mål, ha gjort en stegförflyttning vid avslut.");
        assertThat(klaralvdalen).contains("\u2075 Se bilagan NNS indikatorer.");
        assertThat(klaralvdalen.lastIndexOf("Bilaga NNS indikatorer")).isGreaterThan(klaralvdalen.indexOf("Eget kapital och ekonomiska riktlinjer",
                klaralvdalen.indexOf("Innehåll") + 200));
        assertThat(klaralvdalen).contains("** Kärnindikator som förbundet använder i uppföljningen av sina mål.");

        // Norra Västmanland's link to the regional strategy, visible with its address.
        assertThat(pdfText(Seeds.plan("norra-vastmanland-2022.yaml")).replaceAll("\\s+", " "))
                .contains("RUS 2030 (https://regionvastmanland.se/rus-2030-juni-2020.pdf)");

        // The same in Word: the quotation, the marker and the note.
        String docx = docxText(sodra);
        assertThat(docx).contains("Södra Dalarna – En plats för alla!", "Bild i originalet: Integrerad samverkan", "\u00b9 Europeiska socialfonden.");
    }

    @org.junit.jupiter.api.Test
    void theTablesSignsFollowTheSeedCostsNegativeACostSignedTableOrPlainAmounts() {
        // Örnsköldsvik prints costs negative: the director's line, its group's subtotal and the total costs.
        List<List<String>> ornskoldsvik = ((Block.Table) PlanBudgetBlocks.budget(Seeds.plan("ornskoldsvik-2025.yaml")).get(0)).rows();
        assertThat(row(ornskoldsvik, "Uppdragsersättning förbundschef 100 %*")).containsExactly("-835", "-860", "-886");
        assertThat(row(ornskoldsvik, "Summa Administration")).containsExactly("-1\u00a0163", "-1\u00a0193", "-1\u00a0219");
        assertThat(row(ornskoldsvik, "Region Västernorrland")).containsExactly("1\u00a0231", "1\u00a0231", "1\u00a0231");
        assertThat(row(ornskoldsvik, DocumentWords.of("doc.planBudgetBlocks.kostnaderTotalt"))).containsExactly("-4\u00a0924", "-4\u00a0924", "-4\u00a0924");
        // Södra Dalarna's table is cost-signed: the members' contributions negative, the costs as amounts.
        List<List<String>> sodra = ((Block.Table) PlanBudgetBlocks.budget(Seeds.plan("sodra-dalarna-2025.yaml")).get(0)).rows();
        assertThat(row(sodra, "Bidrag (not 1)")).containsExactly("-6\u00a0308", "-6\u00a0184");
        assertThat(row(sodra, "Löner arbetad tid").get(1)).isEqualTo("80");
        // Klarälvdalen prints plain amounts.
        List<List<String>> klaralvdalen = ((Block.Table) PlanBudgetBlocks.budget(Seeds.plan("klaralvdalen-2025.yaml")).get(0)).rows();
        assertThat(klaralvdalen.stream().flatMap(r -> r.subList(2, r.size()).stream())).noneMatch(c -> c.startsWith("-"));
    }

    private static List<String> row(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.get(1).equals(label)).findFirst().orElseThrow(() -> new AssertionError("no row " + label))
                .subList(2, rows.get(0).size());
    }

    private static String pdfText(Plan plan) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(PlanDocuments.pdf(plan))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    private static String docxText(Plan plan) throws Exception {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(PlanDocuments.docx(plan)))) {
            StringBuilder text = new StringBuilder();
            doc.getParagraphs().forEach(p -> text.append(p.getText()).append('\n'));
            return text.toString();
        }
    }
}
