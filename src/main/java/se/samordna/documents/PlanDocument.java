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
import se.samordna.plan.Severity;
import se.samordna.plan.Goal;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeKind;
import se.samordna.plan.InitiativeState;
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
    /**
     * What the director chose to add (the checks as an appendix) and the board as the register holds it: per member, the
     * names in its ordinary and deputy seats (empty from the command line, where the plan file's own names print).
     */
    public record Options(boolean checksAppendix, java.util.Map<String, BoardNames> board, Adoption adoption) {
        public static final Options BOARD = new Options(false);

        public Options(boolean checksAppendix) {
            this(checksAppendix, java.util.Map.of(), null);
        }

        public Options(boolean checksAppendix, java.util.Map<String, BoardNames> board) {
            this(checksAppendix, board, null);
        }
    }

    /**
     * How the board adopted the plan, recorded by Samordna in the adopted document: the day and the minutes' paragraph, the
     * consultation (sent when, each member's response or none), and the checks that found errors when the board adopted
     * the plan all the same.
     */
    public record Adoption(java.time.LocalDate adoptedOn, String minutes, java.time.LocalDate consultationSentOn,
                           List<Response> responses) {
    }

    /** A member's response to the consultation: when it came in and what it said (null when none came). */
    public record Response(String member, java.time.LocalDate receivedOn, String text) {
    }

    /** A member's people on the board: the ordinary member's and the deputy's names (null when nobody is recorded). */
    public record BoardNames(String ordinary, String deputy) {
    }

    static final String ASSUMED = " (Samordnas antagande)";

    private PlanDocument() {
    }

    /** The plan's years for a file name: "2026-2028". */
    public static String fileYears(Plan plan) {
        List<Integer> years = futureYears(plan);
        return years.isEmpty() ? "plan" : years.size() == 1 ? String.valueOf(years.get(0)) : years.get(0) + "-" + years.get(years.size() - 1);
    }

    /** "Verksamhetsplan och budget 2025" (the budget year). */
    public static String title(Plan plan) {
        return DocumentWords.of("doc.planDocument.verksamhetsplanOchBudget", plan.budgetYear());
    }

    /** "Plan för 2026–2028" when the plan shows years after the budget year. */
    static String subtitle(Plan plan) {
        List<Integer> later = futureYears(plan).stream().filter(y -> y > plan.budgetYear()).toList();
        return later.isEmpty() ? null : DocumentWords.of("doc.planDocument.planFor", (later.size() == 1 ? later.get(0) : later.get(0) + "–" + later.get(later.size() - 1)));
    }

    static List<Block> blocks(Plan plan) {
        return blocks(plan, Options.BOARD);
    }

    static List<Block> blocks(Plan plan, Options options) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(cover(plan));
        blocks.add(new Block.Contents(DocumentWords.of("doc.planDocument.innehall")));
        for (Plan.Section section : plan.sections()) {
            if (!section.appendix()) {
                section(blocks, section.heading());
                blocks.addAll(MarkupBlocks.of(section.text()));
            }
        }
        members(plan, options, blocks);
        goals(plan, blocks);
        if (!plan.goals().theoryOfChange().nodes().isEmpty()) {
            section(blocks, DocumentWords.of("doc.planDocument.forandringsteori"));
            // The plan's own reading instruction where it gives one; else Samordna's description of its drawing, marked so.
            String reading = plan.goals().theoryOfChange().reading();
            blocks.add(new Block.Paragraph(reading != null ? reading : DocumentWords.of("doc.planDocument.forandringsteorinLasesFranVansterTill")));
            blocks.add(new Block.Picture(TheoryOfChangePicture.svg(plan.goals().theoryOfChange()), DocumentWords.of("doc.planDocument.forandringsteori")));
        }
        initiatives(plan, blocks);
        section(blocks, DocumentWords.of("doc.planDocument.budget", plan.budgetYear()));
        blocks.addAll(PlanBudgetBlocks.budget(plan));
        section(blocks, DocumentWords.of("doc.planDocument.flerarsoversikt"));
        blocks.addAll(PlanOverview.blocks(plan));
        if (!plan.allocations().isEmpty()) {
            section(blocks, DocumentWords.of("doc.planDocument.medlemmarnasBidrag"));
            blocks.addAll(PlanBudgetBlocks.contributions(plan));
        }
        section(blocks, DocumentWords.of("doc.planDocument.egetKapitalOchEkonomiskaRiktlinjer"));
        blocks.add(new Block.Bullets(PlanBudgetBlocks.rules(plan)));
        // The plan's own appendices come after its figures, as the plan prints them.
        for (Plan.Section section : plan.sections()) {
            if (section.appendix()) {
                section(blocks, section.heading());
                blocks.addAll(MarkupBlocks.of(section.text()));
            }
        }
        if (options.adoption() != null) {
            adoption(plan, options.adoption(), blocks);
        }
        if (options.checksAppendix()) {
            checks(plan, blocks);
        }
        return blocks;
    }

    private static Block.Cover cover(Plan plan) {
        List<String> lines = new ArrayList<>();
        Plan.Header header = plan.association();
        if (header.decided() != null) {
            lines.add(DocumentWords.of("doc.planDocument.faststalldAvStyrelsen", header.decided(), (header.minutes() == null ? "" : ", " + header.minutes())));
        } else {
            lines.add(DocumentWords.of("doc.planDocument.forslagAnnuInteFaststalltAv"));
        }
        lines.add("Belopp i " + ("tkr".equals(plan.budget().unit()) ? DocumentWords.of("doc.planDocument.tusentalKronorTkr") : "kronor"));
        return new Block.Cover(title(plan), subtitle(plan), header.name(), lines, header.quote(), header.quoteSource());
    }

    /**
     * The members and, where anyone is recorded, who sits on the board for them: from the board register, else the names
     * the plan file gives. Columns nobody fills are left out rather than printed as dashes.
     */
    private static void members(Plan plan, Options options, List<Block> blocks) {
        section(blocks, DocumentWords.of("doc.planDocument.medlemmarOchStyrelse"));
        List<String[]> names = new ArrayList<>();
        for (Member m : plan.members()) {
            BoardNames registered = options.board().get(m.name());
            names.add(new String[] {registered != null && registered.ordinary() != null ? registered.ordinary() : m.boardOrdinary(),
                    registered != null && registered.deputy() != null ? registered.deputy() : m.boardSubstitute()});
        }
        boolean ordinary = names.stream().anyMatch(n -> n[0] != null && !n[0].isBlank());
        boolean deputy = names.stream().anyMatch(n -> n[1] != null && !n[1].isBlank());
        List<String> headers = new ArrayList<>(List.of(DocumentWords.of("doc.planDocument.medlem"), DocumentWords.of("doc.planDocument.slag")));
        if (ordinary) {
            headers.add(DocumentWords.of("doc.planDocument.ordinarieLedamot"));
        }
        if (deputy) {
            headers.add(DocumentWords.of("doc.planDocument.ersattare"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < plan.members().size(); i++) {
            Member m = plan.members().get(i);
            List<String> row = new ArrayList<>(List.of(m.name(), kind(m)));
            if (ordinary) {
                row.add(names.get(i)[0] == null ? "" : names.get(i)[0]);
            }
            if (deputy) {
                row.add(names.get(i)[1] == null ? "" : names.get(i)[1]);
            }
            rows.add(row);
        }
        blocks.add(new Block.Table(headers, rows, new boolean[headers.size()], List.of()));
    }

    /** Goals grouped under their target area, in the plan's order of areas; goals without an area last. */
    private static void goals(Plan plan, List<Block> blocks) {
        Plan.Goals goals = plan.goals();
        if (goals.goals().isEmpty() && goals.areas().isEmpty()) {
            return;
        }
        section(blocks, DocumentWords.of("doc.planDocument.malOchIndikatorer"));
        Map<String, List<Goal>> byArea = new LinkedHashMap<>();
        goals.areas().forEach(a -> byArea.put(a, new ArrayList<>()));
        for (Goal goal : goals.goals()) {
            byArea.computeIfAbsent(goal.area() != null && byArea.containsKey(goal.area()) ? goal.area() : "", k -> new ArrayList<>()).add(goal);
        }
        byArea.forEach((area, list) -> {
            if (!area.isEmpty() || !list.isEmpty()) {
                blocks.add(new Block.Heading(3, area.isEmpty() ? (goals.areas().isEmpty() ? DocumentWords.of("doc.planDocument.mal") : DocumentWords.of("doc.planDocument.ovrigaMal")) : area));
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
        return new Block.Table(List.of(DocumentWords.of("doc.planDocument.mal"), DocumentWords.of("doc.planDocument.indikator"), DocumentWords.of("doc.planDocument.malvarde"), DocumentWords.of("doc.planDocument.kalla")), rows, new boolean[4], List.of());
    }

    private static String target(Goal.Indicator indicator) {
        if (indicator == null || indicator.target() == null) {
            return "–";
        }
        String text = indicator.target().describe();
        if (indicator.target().kind() == Goal.Target.Kind.YES_NO) {
            text = DocumentWords.of("doc.planDocument.uppnasJaNej");
        }
        return text + (indicator.target().assumed() ? ASSUMED : "");
    }

    /** A table without the columns no row fills (every cell empty or a dash): the plan says nothing there, so nothing prints. */
    static Block.Table withoutEmptyColumns(List<String> headers, List<List<String>> rows) {
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            if (c == 0 || rows.stream().anyMatch(r -> !r.get(column).isBlank() && !r.get(column).equals("–"))) {
                kept.add(c);
            }
        }
        List<List<String>> narrowed = rows.stream().map(r -> kept.stream().map(r::get).toList()).toList();
        return new Block.Table(kept.stream().map(headers::get).toList(), narrowed, new boolean[kept.size()], List.of());
    }

    /** The appendix recording how the plan was adopted, in Samordna's voice (named in its heading). */
    private static void adoption(Plan plan, Adoption adoption, List<Block> blocks) {
        section(blocks, DocumentWords.of("doc.planDocument.adoptionHeading"));
        if (adoption.adoptedOn() != null) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.planDocument.adoptedOn", adoption.adoptedOn(), adoption.minutes() == null ? "" : adoption.minutes())));
        }
        if (adoption.consultationSentOn() != null) {
            blocks.add(new Block.Paragraph(DocumentWords.of("doc.planDocument.consultationSent", adoption.consultationSentOn())));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Member member : plan.members()) {
            List<Response> theirs = adoption.responses().stream().filter(r -> r.member().equals(member.name())).toList();
            if (theirs.isEmpty()) {
                rows.add(List.of(member.name(), "", DocumentWords.of("doc.planDocument.noResponse")));
            }
            theirs.forEach(r -> rows.add(List.of(member.name(), String.valueOf(r.receivedOn()), BoardDocuments.summary(r.text()))));
        }
        if (adoption.consultationSentOn() != null || !adoption.responses().isEmpty()) {
            blocks.add(new Block.Table(List.of(DocumentWords.of("doc.planDocument.medlem"), DocumentWords.of("doc.planDocument.responseReceived"),
                    DocumentWords.of("doc.planDocument.response")), rows, new boolean[3], List.of()));
        }
        List<String> errors = se.samordna.plan.PlanReport.findings(plan).stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.message()).toList();
        blocks.add(new Block.Paragraph(errors.isEmpty() ? DocumentWords.of("doc.planDocument.noErrorsAtAdoption")
                : DocumentWords.of("doc.planDocument.errorsAtAdoption", errors.size())));
        if (!errors.isEmpty()) {
            blocks.add(new Block.Bullets(errors));
        }
    }

    /** The initiatives the association runs or has granted, with their status; applications and refusals are not mixed in. */
    private static void initiatives(Plan plan, List<Block> blocks) {
        List<Initiative> shown = plan.initiatives().stream().filter(i -> i.state() != InitiativeState.IDEA
                && i.state() != InitiativeState.APPLIED && i.state() != InitiativeState.REFUSED).toList();
        if (shown.isEmpty()) {
            return;
        }
        section(blocks, DocumentWords.of("doc.planDocument.insatser"));
        boolean tkr = "tkr".equals(plan.budget().unit());
        List<List<String>> rows = shown.stream().map(i -> List.of(i.name(),
                i.kind() == InitiativeKind.INDIVIDUAL ? DocumentWords.of("doc.planDocument.individinriktad") : DocumentWords.of("doc.planDocument.strukturovergripande"),
                i.owner() == null ? "–" : i.owner() + (i.isAssumed("owner") ? ASSUMED : ""), period(i),
                stateName(i.state()) + (i.isAssumed("state") ? ASSUMED : ""),
                i.granted().isEmpty() ? "–" : i.granted().entrySet().stream()
                        .map(e -> e.getKey() + ": " + (tkr ? MoneyFormat.tkr(e.getValue()) : MoneyFormat.kronor(e.getValue())))
                        .collect(Collectors.joining(", ")))).toList();
        blocks.add(withoutEmptyColumns(List.of(DocumentWords.of("doc.planDocument.insats"), DocumentWords.of("doc.planDocument.slag"), DocumentWords.of("doc.planDocument.huvudman"), DocumentWords.of("doc.planDocument.period"), DocumentWords.of("doc.planDocument.status"), DocumentWords.of("doc.planDocument.beviljat")), rows));
        for (Initiative i : shown) {
            if (i.purpose() != null && !i.purpose().isBlank()) {
                blocks.add(new Block.Paragraph(i.name() + ": " + i.purpose()));
            }
            // The initiative's own goals, as the plan states them.
            if (i.goals() != null && !i.goals().isEmpty()) {
                blocks.add(new Block.Paragraph(DocumentWords.of("doc.planDocument.initiativeGoals", i.name())));
                blocks.add(new Block.Bullets(i.goals()));
            }
        }
    }

    private static void checks(Plan plan, List<Block> blocks) {
        section(blocks, DocumentWords.of("doc.planDocument.bilagaKontrollerAvPlanen"));
        List<String> findings = se.samordna.plan.PlanReport.findings(plan).stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> (f.year() == null ? "" : f.year() + ": ") + f.message()).toList();
        blocks.add(findings.isEmpty() ? new Block.Paragraph(DocumentWords.of("doc.planDocument.kontrollernaHittarIngetAttPapeka")) : new Block.Bullets(findings));
    }

    /** A numbered section heading: the sections a plan has are numbered 1, 2, 3 … without gaps. */
    static void section(List<Block> blocks, String title) {
        long number = blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() == 2).count() + 1;
        blocks.add(new Block.Heading(2, number + " " + title));
    }

    private static String kind(Member m) {
        return switch (m.kind()) {
            case FORSAKRINGSKASSAN -> DocumentWords.of("doc.planDocument.forsakringskassan");
            case ARBETSFORMEDLINGEN -> DocumentWords.of("doc.planDocument.arbetsformedlingen");
            case REGION -> DocumentWords.of("doc.planDocument.region");
            case MUNICIPALITY -> DocumentWords.of("doc.planDocument.kommun", (m.municipalityCode() == null ? "" : " (" + m.municipalityCode() + ")"));
        };
    }

    static String kindName(String kind) {
        return switch (kind) {
            case "BUDGET" -> DocumentWords.of("doc.planDocument.budget2");
            case "PLAN" -> DocumentWords.of("doc.planDocument.plan");
            case "OUTCOME" -> DocumentWords.of("doc.planDocument.utfall");
            case "PROGNOSIS" -> DocumentWords.of("doc.planDocument.prognos");
            default -> "Fg. budget";
        };
    }

    private static String stateName(InitiativeState state) {
        return switch (state) {
            case IDEA -> "Idé";
            case APPLIED -> DocumentWords.of("doc.planDocument.ansokt");
            case GRANTED -> DocumentWords.of("doc.planDocument.beviljad");
            case REFUSED -> DocumentWords.of("doc.planDocument.avslagen");
            case AGREED -> DocumentWords.of("doc.planDocument.avtalad");
            case RUNNING -> DocumentWords.of("doc.planDocument.pagaende");
            case CLOSED -> DocumentWords.of("doc.planDocument.avslutad");
        };
    }

    private static String sourceName(Goal.Source source) {
        return switch (source) {
            case SURVEY -> DocumentWords.of("doc.planDocument.enkat");
            case MINUTES -> DocumentWords.of("doc.planDocument.protokoll");
            case STATISTICS -> DocumentWords.of("doc.planDocument.statistik");
            case INTERVIEW -> DocumentWords.of("doc.planDocument.intervju");
            case COUNT -> DocumentWords.of("doc.planDocument.rakning");
            case BUDGET -> DocumentWords.of("doc.planDocument.budgetOchBokslut");
            case OTHER -> DocumentWords.of("doc.planDocument.annanKalla");
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
