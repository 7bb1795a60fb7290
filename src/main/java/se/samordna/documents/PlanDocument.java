package se.samordna.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.samordna.goals.TheoryOfChangePicture;
import se.samordna.plan.Member;
import se.samordna.plan.Plan;
import se.samordna.plan.budget.BudgetTable;
import se.samordna.plan.checks.PlanChecks;
import se.samordna.plan.checks.Severity;
import se.samordna.plan.goals.Goal;
import se.samordna.plan.initiatives.Initiative;
import se.samordna.plan.initiatives.InitiativeKind;
import se.samordna.plan.initiatives.InitiativeState;
import se.samordna.shared.MoneyFormat;

/**
 * The verksamhetsplan och budget as the board reads it, in the seeds' order: a cover with the period and, once adopted,
 * the adoption date and minutes; a table of contents; the association's own text sections in its order; members and
 * board; goals per target area; the theory of change; the initiatives it runs or has granted; the budget per group in the
 * plan's own unit; the multi-year overview; the members' contributions with each municipality's key; the equity rules.
 * The plan checks are printed only when the director asks for them as an appendix. Values the plan file marks as assumed
 * are printed with "antaget".
 */
public final class PlanDocument {

    /** What the director chose to add: the checks of the plan as an appendix. */
    public record Options(boolean checksAppendix) {
        public static final Options BOARD = new Options(false);
    }

    static final String ASSUMED = " (antaget)";

    private PlanDocument() {
    }

    /** The plan's years for a file name: "2026-2028". */
    public static String fileYears(Plan plan) {
        List<Integer> years = futureYears(plan);
        return years.isEmpty() ? "plan" : years.size() == 1 ? String.valueOf(years.get(0)) : years.get(0) + "-" + years.get(years.size() - 1);
    }

    /** "Verksamhetsplan och budget 2025" (the budget year). */
    public static String title(Plan plan) {
        return "Verksamhetsplan och budget " + plan.budgetYear();
    }

    /** "Plan för 2026–2028" when the plan shows years after the budget year. */
    static String subtitle(Plan plan) {
        List<Integer> later = futureYears(plan).stream().filter(y -> y > plan.budgetYear()).toList();
        return later.isEmpty() ? null : "Plan för " + (later.size() == 1 ? later.get(0) : later.get(0) + "–" + later.get(later.size() - 1));
    }

    static List<Block> blocks(Plan plan) {
        return blocks(plan, Options.BOARD);
    }

    static List<Block> blocks(Plan plan, Options options) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(cover(plan));
        blocks.add(new Block.Contents("Innehåll"));
        for (Plan.Section section : plan.sections()) {
            section(blocks, section.heading());
            blocks.addAll(MarkupBlocks.of(section.text()));
        }
        members(plan, blocks);
        goals(plan, blocks);
        if (!plan.goals().theoryOfChange().nodes().isEmpty()) {
            section(blocks, "Förändringsteori");
            blocks.add(new Block.Paragraph("Förändringsteorin läses från vänster till höger: aktiviteterna till vänster och det de leder "
                    + "till åt höger, ända till de långsiktiga effekterna."));
            blocks.add(new Block.Picture(TheoryOfChangePicture.svg(plan.goals().theoryOfChange()), "Förändringsteori"));
        }
        initiatives(plan, blocks);
        section(blocks, "Budget " + plan.budgetYear());
        blocks.addAll(PlanBudgetBlocks.budget(plan));
        section(blocks, "Flerårsöversikt");
        blocks.addAll(PlanOverview.blocks(plan));
        if (!plan.allocations().isEmpty()) {
            section(blocks, "Medlemmarnas bidrag");
            blocks.addAll(PlanBudgetBlocks.contributions(plan));
        }
        section(blocks, "Eget kapital och ekonomiska riktlinjer");
        blocks.add(new Block.Bullets(PlanBudgetBlocks.rules(plan)));
        if (options.checksAppendix()) {
            checks(plan, blocks);
        }
        return blocks;
    }

    private static Block.Cover cover(Plan plan) {
        List<String> lines = new ArrayList<>();
        Plan.Header header = plan.association();
        if (header.decided() != null) {
            lines.add("Fastställd av styrelsen " + header.decided() + (header.minutes() == null ? "" : ", " + header.minutes()));
        } else {
            lines.add("Förslag: ännu inte fastställt av styrelsen");
        }
        lines.add("Belopp i " + ("tkr".equals(plan.budget().unit()) ? "tusental kronor (tkr)" : "kronor"));
        return new Block.Cover(title(plan), subtitle(plan), header.name(), lines);
    }

    private static void members(Plan plan, List<Block> blocks) {
        section(blocks, "Medlemmar och styrelse");
        List<List<String>> board = plan.members().stream().map(m -> List.of(m.name(), kind(m),
                m.boardOrdinary() == null ? "–" : m.boardOrdinary(), m.boardSubstitute() == null ? "–" : m.boardSubstitute())).toList();
        blocks.add(new Block.Table(List.of("Medlem", "Slag", "Ordinarie ledamot", "Ersättare"), board, new boolean[4], List.of()));
    }

    /** Goals grouped under their target area, in the plan's order of areas; goals without an area last. */
    private static void goals(Plan plan, List<Block> blocks) {
        Plan.Goals goals = plan.goals();
        if (goals.goals().isEmpty() && goals.areas().isEmpty()) {
            return;
        }
        section(blocks, "Mål och indikatorer");
        Map<String, List<Goal>> byArea = new LinkedHashMap<>();
        goals.areas().forEach(a -> byArea.put(a, new ArrayList<>()));
        for (Goal goal : goals.goals()) {
            byArea.computeIfAbsent(goal.area() != null && byArea.containsKey(goal.area()) ? goal.area() : "", k -> new ArrayList<>()).add(goal);
        }
        byArea.forEach((area, list) -> {
            if (!area.isEmpty() || !list.isEmpty()) {
                blocks.add(new Block.Heading(3, area.isEmpty() ? (goals.areas().isEmpty() ? "Mål" : "Övriga mål") : area));
            }
            if (!list.isEmpty()) {
                blocks.add(goalTable(list));
            }
        });
    }

    private static Block.Table goalTable(List<Goal> goals) {
        List<List<String>> rows = new ArrayList<>();
        for (Goal goal : goals) {
            for (int k = 0; k < Math.max(1, goal.indicators().size()); k++) {
                Goal.Indicator indicator = goal.indicators().isEmpty() ? null : goal.indicators().get(k);
                rows.add(List.of(k == 0 ? goal.title() + " (" + goal.year() + ")" : "", indicator == null ? "–" : indicator.name(),
                        target(indicator), indicator == null ? "–" : indicator.sourceText() != null ? indicator.sourceText()
                                : sourceName(indicator.source())));
            }
        }
        return new Block.Table(List.of("Mål", "Indikator", "Målvärde", "Källa"), rows, new boolean[4], List.of());
    }

    private static String target(Goal.Indicator indicator) {
        if (indicator == null || indicator.target() == null) {
            return "–";
        }
        String text = indicator.target().describe();
        if (indicator.target().kind() == Goal.Target.Kind.YES_NO) {
            text = "uppnås (ja/nej)";
        }
        return text + (indicator.target().assumed() ? ASSUMED : "");
    }

    /** The initiatives the association runs or has granted, with their status; applications and refusals are not mixed in. */
    private static void initiatives(Plan plan, List<Block> blocks) {
        List<Initiative> shown = plan.initiatives().stream().filter(i -> i.state() != InitiativeState.IDEA
                && i.state() != InitiativeState.APPLIED && i.state() != InitiativeState.REFUSED).toList();
        if (shown.isEmpty()) {
            return;
        }
        section(blocks, "Insatser");
        boolean tkr = "tkr".equals(plan.budget().unit());
        List<List<String>> rows = shown.stream().map(i -> List.of(i.name(),
                i.kind() == InitiativeKind.INDIVIDUAL ? "Individinriktad" : "Strukturövergripande",
                i.owner() == null ? "–" : i.owner() + (i.isAssumed("owner") ? ASSUMED : ""), period(i),
                stateName(i.state()) + (i.isAssumed("state") ? ASSUMED : ""),
                i.granted().isEmpty() ? "–" : i.granted().entrySet().stream()
                        .map(e -> e.getKey() + ": " + (tkr ? MoneyFormat.tkr(e.getValue()) : MoneyFormat.kronor(e.getValue())))
                        .collect(Collectors.joining(", ")))).toList();
        blocks.add(new Block.Table(List.of("Insats", "Slag", "Huvudman", "Period", "Status", "Beviljat"), rows, new boolean[6], List.of()));
        for (Initiative i : shown) {
            if (i.purpose() != null && !i.purpose().isBlank()) {
                blocks.add(new Block.Paragraph(i.name() + ": " + i.purpose()));
            }
        }
    }

    private static void checks(Plan plan, List<Block> blocks) {
        section(blocks, "Bilaga: kontroller av planen");
        List<String> findings = PlanChecks.check(plan).stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> (f.year() == null ? "" : f.year() + ": ") + f.message()).toList();
        blocks.add(findings.isEmpty() ? new Block.Paragraph("Kontrollerna hittar inget att påpeka.") : new Block.Bullets(findings));
    }

    /** A numbered section heading: the sections a plan has are numbered 1, 2, 3 … without gaps. */
    static void section(List<Block> blocks, String title) {
        long number = blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() == 2).count() + 1;
        blocks.add(new Block.Heading(2, number + " " + title));
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

    private static String stateName(InitiativeState state) {
        return switch (state) {
            case IDEA -> "Idé";
            case APPLIED -> "Ansökt";
            case GRANTED -> "Beviljad";
            case REFUSED -> "Avslagen";
            case AGREED -> "Avtalad";
            case RUNNING -> "Pågående";
            case CLOSED -> "Avslutad";
        };
    }

    private static String sourceName(Goal.Source source) {
        return switch (source) {
            case SURVEY -> "Enkät";
            case MINUTES -> "Protokoll";
            case STATISTICS -> "Statistik";
            case INTERVIEW -> "Intervju";
            case COUNT -> "Räkning";
            case BUDGET -> "Budget och bokslut";
            case OTHER -> "Annan källa";
        };
    }

    private static String period(Initiative i) {
        if (i.start() == null && i.end() == null) {
            return "–";
        }
        boolean assumed = i.isAssumed("start") || i.isAssumed("end");
        return (i.start() == null ? "" : i.start().toString()) + "–" + (i.end() == null ? "" : i.end().toString()) + (assumed ? ASSUMED : "");
    }

    private static List<Integer> futureYears(Plan plan) {
        return plan.budget().years().stream().filter(y -> y.kind().isFuture()).map(Plan.BudgetYear::year).toList();
    }

    static boolean[] numericFrom(int first, int columns) {
        boolean[] numeric = new boolean[columns];
        Arrays.fill(numeric, first, columns, true);
        return numeric;
    }
}
