package se.samordna.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import se.samordna.plan.budget.BudgetTable;
import se.samordna.plan.budget.Contribution;
import se.samordna.plan.goals.Goal;
import se.samordna.plan.initiatives.Initiative;
import se.samordna.plan.Member;
import se.samordna.plan.Plan;
import se.samordna.plan.budget.PlanCalculator;
import se.samordna.plan.checks.PlanChecks;
import se.samordna.plan.budget.YearFigures;
import se.samordna.goals.TheoryOfChangePicture;
import se.samordna.shared.MoneyFormat;

/**
 * The verksamhetsplan och budget of an association, laid out like the seeds: purpose and mission,
 * organisation, target groups, target areas, goals and indicators, the theory of change as a picture,
 * initiatives, follow-up and evaluation, the three-year budget in tkr (printed parts add up to printed
 * totals, the same figures as the budget page), equity and the rules, and the member contributions.
 */
public final class PlanDocument {

    private PlanDocument() {
    }

    /** The plan's years for a file name: "2026-2028". */
    public static String fileYears(Plan plan) {
        List<Integer> years = plan.budget().years().stream().filter(y -> y.kind().isFuture()).map(Plan.BudgetYear::year).toList();
        return years.isEmpty() ? "plan" : years.size() == 1 ? String.valueOf(years.get(0)) : years.get(0) + "-" + years.get(years.size() - 1);
    }

    public static String title(Plan plan) {
        List<Integer> years = plan.budget().years().stream().filter(y -> y.kind().isFuture()).map(Plan.BudgetYear::year).toList();
        String span = years.isEmpty() ? "" : years.size() == 1 ? " " + years.get(0) : " " + years.get(0) + "–" + years.get(years.size() - 1);
        return "Verksamhetsplan och budget" + span;
    }

    static List<Block> blocks(Plan plan) {
        List<Block> blocks = new ArrayList<>();
        String name = plan.association().name();
        blocks.add(new Block.Heading(1, title(plan)));
        blocks.add(new Block.Paragraph(name));
        if (plan.association().decided() != null) {
            blocks.add(new Block.Paragraph("Beslutad av styrelsen " + plan.association().decided() + "."));
        } else {
            blocks.add(new Block.Paragraph("Utkast: planen är ännu inte fastställd av styrelsen."));
        }

        section(blocks, "Förbundets ändamål och uppdrag");
        blocks.add(new Block.Paragraph(name + " bildades enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser. "
                + "Medlemmar är " + joined(plan.members().stream().map(Member::name).toList()) + ". Förbundet finansierar insatser för personer "
                + "i åldern 16–64 år som behöver samordnade rehabiliteringsinsatser från minst två av medlemmarna för att nå eller förbättra "
                + "sin förmåga till egen försörjning genom arbete eller studier."));

        section(blocks, "Organisation");
        blocks.add(new Block.Paragraph("Styrelsen består av en ordinarie ledamot och en ersättare från varje medlem."));
        List<List<String>> board = plan.members().stream().map(m -> List.of(m.name(), kind(m),
                m.boardOrdinary() == null ? "–" : m.boardOrdinary(), m.boardSubstitute() == null ? "–" : m.boardSubstitute())).toList();
        blocks.add(new Block.Table(List.of("Medlem", "Slag", "Ordinarie ledamot", "Ersättare"), board, new boolean[4], List.of()));

        List<String> targetGroups = plan.initiatives().stream().map(Initiative::targetGroup).filter(t -> t != null && !t.isBlank())
                .distinct().toList();
        if (!targetGroups.isEmpty()) {
            section(blocks, "Målgrupper");
            blocks.add(new Block.Bullets(targetGroups));
        }

        Plan.Goals goals = plan.goals();
        if (!goals.areas().isEmpty()) {
            section(blocks, "Målområden");
            blocks.add(new Block.Bullets(goals.areas()));
        }
        if (!goals.goals().isEmpty()) {
            section(blocks, "Mål och indikatorer");
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (Goal goal : goals.goals()) {
                for (int k = 0; k < Math.max(1, goal.indicators().size()); k++) {
                    Goal.Indicator indicator = goal.indicators().isEmpty() ? null : goal.indicators().get(k);
                    rows.add(List.of(k == 0 ? String.valueOf(n) : "", k == 0 ? goal.title() + " (" + goal.year() + ")" : "",
                            indicator == null ? "–" : indicator.name(),
                            indicator == null || indicator.target() == null ? "–" : indicator.target().describe(),
                            indicator == null ? "–" : indicator.sourceText() != null ? indicator.sourceText() : indicator.source().name()));
                }
                n++;
            }
            blocks.add(new Block.Table(List.of("Nr", "Mål", "Indikator", "Målvärde", "Källa"), rows, new boolean[5], List.of()));
        }
        if (!goals.theoryOfChange().nodes().isEmpty()) {
            section(blocks, "Förändringsteori");
            blocks.add(new Block.Paragraph("Förändringsteorin läses från höger till vänster: de långsiktiga samhällseffekterna längst till "
                    + "höger och det som leder dit åt vänster, ända till aktiviteterna."));
            blocks.add(new Block.Picture(TheoryOfChangePicture.svg(goals.theoryOfChange()), "Förändringsteori"));
        }

        if (!plan.initiatives().isEmpty()) {
            section(blocks, "Insatser");
            List<List<String>> rows = plan.initiatives().stream().map(i -> List.of(i.name(),
                    i.kind() == se.samordna.plan.initiatives.InitiativeKind.INDIVIDUAL ? "Individinriktad" : "Strukturövergripande",
                    i.owner() == null ? "–" : i.owner(), period(i),
                    i.granted().isEmpty() ? "–" : i.granted().entrySet().stream()
                            .map(e -> e.getKey() + ": " + MoneyFormat.tkr(e.getValue())).collect(Collectors.joining(", ")))).toList();
            blocks.add(new Block.Table(List.of("Insats", "Slag", "Huvudman", "Period", "Beviljat"), rows, new boolean[5], List.of()));
        }

        section(blocks, "Uppföljning och utvärdering");
        blocks.add(new Block.Paragraph("Insatserna lämnar halvårs-, års- och slutrapporter enligt sina avtal. Individinriktade insatser "
                + "registrerar nya deltagare i Uppföljning Finsam. Målens indikatorer följs upp per period och redovisas för styrelsen."));

        section(blocks, "Budget");
        BudgetTable table = BudgetTable.of(plan, "tkr", 0);
        List<String> headers = new ArrayList<>(List.of("Nr", "Belopp i tkr"));
        for (int y = 0; y < table.years().size(); y++) {
            headers.add(table.years().get(y) + " " + kindName(table.yearKinds().get(y)));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> bold = new ArrayList<>();
        for (BudgetTable.Group group : table.groups()) {
            bold.add(rows.size());
            rows.add(padded(List.of("", group.name()), table.years().size()));
            for (BudgetTable.Line line : group.lines()) {
                List<String> row = new ArrayList<>(List.of(line.ref() == null ? "" : line.ref(), line.name()));
                line.cells().forEach(c -> row.add(c.text()));
                rows.add(row);
            }
            List<String> subtotal = new ArrayList<>(List.of("", "Summa " + group.name()));
            group.subtotal().forEach(c -> subtotal.add(c.text()));
            bold.add(rows.size());
            rows.add(subtotal);
        }
        String[] labels = {"Intäkter totalt", "Kostnader totalt", "Resultat", "Eget kapital vid årets början", "Eget kapital vid årets slut",
                "Tak för eget kapital", "Tillgängligt för nya insatser"};
        for (int r = 0; r < table.summary().size(); r++) {
            List<String> row = new ArrayList<>(List.of("", labels[r]));
            table.summary().get(r).cells().forEach(c -> row.add(c.text()));
            bold.add(rows.size());
            rows.add(row);
        }
        boolean[] numeric = new boolean[headers.size()];
        Arrays.fill(numeric, 2, numeric.length, true);
        blocks.add(new Block.Table(headers, rows, numeric, bold));

        section(blocks, "Eget kapital och ekonomiska regler");
        Plan.FinancialRules rules = plan.rules();
        List<String> ruleLines = new ArrayList<>();
        ruleLines.add("Eget kapital ska inte överstiga " + rules.equityCeilingPercent().stripTrailingZeros().toPlainString() + " % av "
                + (rules.equityCeilingBase() == se.samordna.plan.budget.EquityBase.ALLOCATION ? "årets tilldelning" : "de budgeterade intäkterna") + ".");
        if (rules.equityFloor().isPositive()) {
            ruleLines.add("Eget kapital ska inte understiga " + MoneyFormat.tkr(rules.equityFloor()) + ".");
        }
        if (rules.adminShareGoalPercent() != null) {
            ruleLines.add("Administrationens kostnader ska vara under " + rules.adminShareGoalPercent().stripTrailingZeros().toPlainString()
                    + " % av medlemmarnas bidrag" + (rules.adminShareGoalYear() == null ? "." : " senast " + rules.adminShareGoalYear() + "."));
        }
        for (YearFigures f : PlanCalculator.years(plan)) {
            if (f.equityEnd() != null && f.kind().isFuture()) {
                ruleLines.add(f.year() + ": beräknat eget kapital vid årets slut " + MoneyFormat.tkr(f.equityEnd()) + ", tak "
                        + MoneyFormat.tkr(f.equityCeiling()) + ".");
            }
        }
        blocks.add(new Block.Bullets(ruleLines));
        List<String> findings = PlanChecks.check(plan).stream().filter(f -> f.severity() != se.samordna.plan.checks.Severity.INFO)
                .map(f -> (f.year() == null ? "" : f.year() + ": ") + f.message()).toList();
        if (!findings.isEmpty()) {
            blocks.add(new Block.Paragraph("Kontroller av planen som styrelsen bör känna till:"));
            blocks.add(new Block.Bullets(findings));
        }
        section(blocks, "Flerårsöversikt");
        blocks.addAll(PlanOverview.blocks(plan));

        if (!plan.allocations().isEmpty()) {
            section(blocks, "Medlemmarnas bidrag");
            List<List<String>> contributions = new ArrayList<>();
            for (Plan.Allocation allocation : plan.allocations()) {
                for (Contribution c : PlanCalculator.contributions(plan, allocation)) {
                    contributions.add(List.of(String.valueOf(allocation.year()), c.member(), share(c), MoneyFormat.kronor(c.amount())));
                }
            }
            blocks.add(new Block.Table(List.of("År", "Medlem", "Andel", "Belopp"), contributions, new boolean[]{false, false, false, true}, List.of()));
        }
        return blocks;
    }

    /** A numbered section heading: the sections a plan has are numbered 1, 2, 3 … without gaps. */
    private static void section(List<Block> blocks, String title) {
        long number = blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() == 2).count() + 1;
        blocks.add(new Block.Heading(2, number + " " + title));
    }

    private static List<String> padded(List<String> start, int years) {
        List<String> row = new ArrayList<>(start);
        for (int i = 0; i < years; i++) {
            row.add("");
        }
        return row;
    }

    private static String share(Contribution c) {
        return switch (c.kind()) {
            case STATE -> "Statens hälft";
            case REGION -> "Regionens fjärdedel";
            case MUNICIPALITY -> "Kommunernas fjärdedel";
        };
    }

    private static String kind(Member m) {
        return switch (m.kind()) {
            case FORSAKRINGSKASSAN -> "Försäkringskassan";
            case ARBETSFORMEDLINGEN -> "Arbetsförmedlingen";
            case REGION -> "Region";
            case MUNICIPALITY -> "Kommun" + (m.municipalityCode() == null ? "" : " (" + m.municipalityCode() + ")");
        };
    }

    static String kindName(String kind) {
        return switch (kind) {
            case "BUDGET" -> "Budget";
            case "PLAN" -> "Plan";
            case "OUTCOME" -> "Utfall";
            case "PROGNOSIS" -> "Prognos";
            default -> "Fg. budget";
        };
    }

    private static String period(Initiative i) {
        if (i.start() == null && i.end() == null) {
            return "–";
        }
        return (i.start() == null ? "" : i.start().toString()) + "–" + (i.end() == null ? "" : i.end().toString());
    }

    private static String joined(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }
}
