package se.samordna.plan.file;

import se.samordna.plan.PlanFileException;
import se.samordna.plan.Member;
import se.samordna.plan.MemberKind;
import se.samordna.plan.OrganisationNumber;
import se.samordna.plan.Plan;
import se.samordna.plan.AllocationKey;
import se.samordna.plan.CostCategory;
import se.samordna.plan.EquityBase;
import se.samordna.plan.LineType;
import se.samordna.plan.YearKind;
import se.samordna.plan.Initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import se.samordna.shared.IsoDate;
import se.samordna.shared.Money;
import se.samordna.shared.Text;
import tools.jackson.databind.JsonNode;

/** Reads a plan file's tree, collecting every problem before giving up; the parts are read by their own readers. */
final class PlanFileReader extends FileNodes {

private final InitiativesFileReader initiativeReader = new InitiativesFileReader(this);
private final WordsFileReader wordsReader = new WordsFileReader(this);
/** The lines' {@code initiativeId}s by their place, checked against the initiatives once those are read. */
private final Map<String, String> lineInitiativeIds = new java.util.LinkedHashMap<>();
/** The budget lines' ids seen so far: two lines may not share one. */
private final java.util.Set<String> lineIds = new java.util.HashSet<>();

PlanFileReader(Map<String, Integer> lines) {
    super(lines, new ArrayList<>());
}

    Plan plan(JsonNode root) {
        if (root == null || !root.isObject()) {
            fail("", Text.of("file.filenSkaInnehallaEnPlan"));
            throw new PlanFileException(problems);
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isInt() || format.intValue() != Plan.FORMAT_VERSION) {
            fail("/format", Text.of("file.angeFormatDenVersionAv", Plan.FORMAT_VERSION));
        }
        String unit = unit(root.get("unit"), "/unit", "tkr");
        Plan.Header header = header(root.get("association"));
        List<Member> members = members(root.get("members"));
        Plan.FinancialRules rules = rules(root.get("rules"), unit);
        Plan.Budget budget = budget(root.get("budget"), unit);
        List<Plan.Allocation> allocations = list(root.get("allocations"), "/allocations", (n, p) -> allocation(n, p, unit, members));
        List<Plan.OverviewYear> overview = list(root.get("overview"), "/overview", (n, p) -> overviewYear(n, p, unit));
        Plan.InitiativeRules initiativeRules = initiativeReader.initiativeRules(root.get("rules"), unit);
        List<Initiative> initiatives = list(root.get("initiatives"), "/initiatives", (n, p) -> initiativeReader.initiative(n, p, unit, members));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < initiatives.size(); i++) {
            if (!ids.add(initiatives.get(i).id())) {
                fail("/initiatives/" + i + "/id", Text.of("file.tvaInsatserHarSammaId", initiatives.get(i).id()));
            }
        }
        lineInitiativeIds.forEach((place, id) -> {
            if (!ids.contains(id)) {
                fail(place, Text.of("file.detFinnsIngenInsatsMed", id));
            }
        });
        Plan.Goals goals = new GoalsFileReader(this).goals(root, initiatives);
        List<Plan.Section> sections = wordsReader.sections(root.get("sections"));
        if (!problems.isEmpty()) {
            throw new PlanFileException(problems);
        }
        return new Plan(header, members, rules, allocations, budget, overview, initiativeRules, initiatives, goals, sections).linkingLinesById().withLineIds();
    }

    private Plan.Header header(JsonNode node) {
        if (!object(node, "/association")) {
            return null;
        }
        String name = text(node, "/association", "name", true);
        if (name != null && (name.isBlank() || name.length() > 200)) {
            fail("/association/name", Text.of("file.forbundetsNamnSkaVara1200"));
        }
        LocalDate decided = null;
        String raw = text(node, "/association", "decided", false);
        if (raw != null) {
            try {
                decided = IsoDate.parse(raw);
            } catch (DateTimeParseException e) {
                fail("/association/decided", Text.of("file.datumetSkaSkrivasAaaaMm", raw));
            }
        }
        String minutes = text(node, "/association", "minutes", false);
        if (minutes != null && minutes.length() > 40) {
            fail("/association/minutes", Text.of("file.protokollsparagrafenSkaVaraHogst40"));
        }
        String quote = text(node, "/association", "quote", false);
        if (quote != null && quote.length() > 1000) {
            fail("/association/quote", Text.of("file.quoteTooLong", 1000));
        }
        String quoteSource = text(node, "/association", "quoteSource", false);
        if (quoteSource != null && quoteSource.length() > 200) {
            fail("/association/quoteSource", Text.of("file.quoteTooLong", 200));
        }
        return new Plan.Header(name, decided, text(node, "/association", "source", false), minutes, quote, quoteSource);
    }

    private List<Member> members(JsonNode node) {
        List<Member> members = list(node, "/members", this::member);
        if (node == null || members.isEmpty()) {
            fail("/members", Text.of("file.angeForbundetsMedlemmarForsakringskassanArbetsformedlingen"));
            return members;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).name() != null && !seen.add(members.get(i).name())) {
                fail("/members/" + i + "/name", Text.of("file.medlemmenStarTvaGanger", members.get(i).name()));
            }
        }
        for (MemberKind kind : MemberKind.values()) {
            if (members.stream().noneMatch(m -> m.kind() == kind)) {
                fail("/members", Text.of("file.lawRequiresMember." + kind.name()));
            }
        }
        return members;
    }

    private Member member(JsonNode node, String path) {
        if (!object(node, path)) {
            return null;
        }
        String name = text(node, path, "name", true);
        MemberKind kind = enumValue(node.get("kind"), path + "/kind", MemberKind.class, true);
        String org = text(node, path, "orgNumber", false);
        if (org != null && !OrganisationNumber.isValid(org)) {
            fail(path + "/orgNumber", Text.of("file.organisationsnumretArInteGiltigtNnnnnn", org));
        }
        String code = text(node, path, "municipalityCode", false);
        if (code != null && !code.matches("\\d{4}")) {
            fail(path + "/municipalityCode", Text.of("file.kommunkodenSkaVaraScbS", code));
        }
        if (kind == MemberKind.MUNICIPALITY && code == null) {
            fail(path + "/municipalityCode", Text.of("file.enKommunSkaHaSin"));
        }
        Long population = node.has("population") ? wholeNumber(node.get("population"), path + "/population") : null;
        String ordinary = null;
        String substitute = null;
        JsonNode board = node.get("board");
        if (board != null && object(board, path + "/board")) {
            allowOnly(board, path + "/board", "ordinary", "substitute");
            ordinary = text(board, path + "/board", "ordinary", false);
            substitute = text(board, path + "/board", "substitute", false);
        }
        return new Member(name, kind, org, code, population, ordinary, substitute);
    }

    private Plan.FinancialRules rules(JsonNode node, String unit) {
        Plan.FinancialRules defaults = Plan.FinancialRules.defaults();
        if (node == null) {
            return defaults;
        }
        if (!object(node, "/rules")) {
            return defaults;
        }
        BigDecimal percent = defaults.equityCeilingPercent();
        EquityBase base = defaults.equityCeilingBase();
        List<Plan.CeilingTier> tiers = List.of();
        JsonNode ceiling = node.get("equityCeiling");
        if (ceiling != null && object(ceiling, "/rules/equityCeiling")) {
            if (ceiling.has("percent")) {
                percent = percentage(ceiling.get("percent"), "/rules/equityCeiling/percent");
            }
            if (ceiling.has("base")) {
                base = enumValue(ceiling.get("base"), "/rules/equityCeiling/base", EquityBase.class, true);
            }
            tiers = list(ceiling.get("tiers"), "/rules/equityCeiling/tiers", (n, p) -> object(n, p)
                    ? new Plan.CeilingTier(money(n.get("from"), p + "/from", unit, true), percentage(n.get("percent"), p + "/percent"))
                    : null);
        }
        Money floor = node.has("equityFloor") ? money(node.get("equityFloor"), "/rules/equityFloor", unit, true) : Money.ZERO;
        if (floor != null && floor.isNegative()) {
            fail("/rules/equityFloor", Text.of("file.golvetForEgetKapitalKan"));
        }
        BigDecimal adminPercent = null;
        Integer adminYear = null;
        JsonNode admin = node.get("adminShareGoal");
        if (admin != null && object(admin, "/rules/adminShareGoal")) {
            adminPercent = percentage(admin.get("percent"), "/rules/adminShareGoal/percent");
            adminYear = admin.has("year") ? year(admin.get("year"), "/rules/adminShareGoal/year") : null;
        }
        Map<CostCategory, BigDecimal> split = new EnumMap<>(CostCategory.class);
        JsonNode target = node.get("targetSplit");
        if (target != null && object(target, "/rules/targetSplit")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<String, JsonNode> e : target.properties()) {
                CostCategory category = enumName(e.getKey(), "/rules/targetSplit/" + e.getKey(), CostCategory.class);
                BigDecimal value = percentage(e.getValue(), "/rules/targetSplit/" + e.getKey());
                if (category != null && value != null) {
                    split.put(category, value);
                    sum = sum.add(value);
                }
            }
            if (!split.isEmpty() && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                fail("/rules/targetSplit", Text.of("file.denPlaneradeFordelningenSkaSummera", sum.toPlainString()));
            }
        }
        return new Plan.FinancialRules(percent, base, tiers, floor, adminPercent, adminYear, split);
    }

    private Plan.Allocation allocation(JsonNode node, String path, String defaultUnit, List<Member> members) {
        if (!object(node, path)) {
            return null;
        }
        String unit = unit(node.get("unit"), path + "/unit", defaultUnit);
        Integer year = year(node.get("year"), path + "/year");
        Money total = money(node.get("total"), path + "/total", unit, true);
        if (total != null && !total.isPositive()) {
            fail(path + "/total", Text.of("file.tilldelningenMasteVaraStorreAn"));
        }
        AllocationKey key = node.has("key") ? enumValue(node.get("key"), path + "/key", AllocationKey.class, true) : AllocationKey.UNSPECIFIED;
        List<Plan.MunicipalShare> shares = list(node.get("municipalities"), path + "/municipalities", (n, p) -> {
            if (!object(n, p)) {
                return null;
            }
            String member = memberName(n, p, members);
            Money amount = key == AllocationKey.FIXED ? money(n.get("amount"), p + "/amount", unit, true) : null;
            BigDecimal percent = key == AllocationKey.PERCENT_OF_TOTAL ? percentage(n.get("percent"), p + "/percent") : null;
            Long population = key == AllocationKey.POPULATION ? wholeNumber(n.get("population"), p + "/population") : null;
            return new Plan.MunicipalShare(member, amount, percent, population);
        });
        if (key != AllocationKey.UNSPECIFIED && shares.isEmpty()) {
            fail(path + "/municipalities", Text.of("file.medNyckelnSkaVarjeKommuns", key));
        }
        List<Plan.StatedContribution> stated = list(node.get("stated"), path + "/stated", (n, p) -> object(n, p)
                ? new Plan.StatedContribution(memberName(n, p, members), money(n.get("amount"), p + "/amount", unit, true)) : null);
        return new Plan.Allocation(year == null ? 0 : year, total, key, shares, stated);
    }

    private Plan.Budget budget(JsonNode node, String defaultUnit) {
        if (!object(node, "/budget")) {
            return null;
        }
        String unit = unit(node.get("unit"), "/budget/unit", defaultUnit);
        List<Plan.BudgetYear> years = new ArrayList<>();
        JsonNode yearsNode = node.get("years");
        if (yearsNode == null || !yearsNode.isObject() || yearsNode.isEmpty()) {
            fail("/budget/years", Text.of("file.angeBudgetensArOchVad"));
        } else {
            for (Map.Entry<String, JsonNode> e : yearsNode.properties()) {
                Integer year = yearKey(e.getKey(), "/budget/years/" + e.getKey());
                YearKind kind = enumValue(e.getValue(), "/budget/years/" + e.getKey(), YearKind.class, true);
                if (year != null && kind != null) {
                    years.add(new Plan.BudgetYear(year, kind));
                }
            }
        }
        List<Integer> known = years.stream().map(Plan.BudgetYear::year).toList();
        Plan.EquityStart equityStart = null;
        JsonNode equity = node.get("equityStart");
        if (equity != null && object(equity, "/budget/equityStart")) {
            Integer year = year(equity.get("year"), "/budget/equityStart/year");
            Money amount = money(equity.get("amount"), "/budget/equityStart/amount", unit, true);
            if (year != null && !known.isEmpty() && !known.contains(year)) {
                fail("/budget/equityStart/year", Text.of("file.aretFinnsInteBlandBudgetens", year, known));
            }
            equityStart = year == null || amount == null ? null : new Plan.EquityStart(year, amount);
        }
        List<Plan.LineGroup> groups = list(node.get("groups"), "/budget/groups", (n, p) -> group(n, p, unit, known));
        if (groups.isEmpty()) {
            fail("/budget/groups", Text.of("file.budgetenSkaHaMinstEn"));
        }
        SortedMap<Integer, Plan.StatedFigures> stated = new TreeMap<>();
        JsonNode statedNode = node.get("stated");
        if (statedNode != null && object(statedNode, "/budget/stated")) {
            for (Map.Entry<String, JsonNode> e : statedNode.properties()) {
                String p = "/budget/stated/" + e.getKey();
                Integer year = yearKey(e.getKey(), p);
                if (year != null && !known.contains(year)) {
                    fail(p, Text.of("file.aretFinnsInteBlandBudgetens", year, known));
                }
                JsonNode f = e.getValue();
                if (year != null && object(f, p)) {
                    allowOnly(f, p, "income", "costs", "result", "equityStart", "equityEnd", "available", "equityUsed");
                    stated.put(year, new Plan.StatedFigures(money(f.get("income"), p + "/income", unit, false),
                            money(f.get("costs"), p + "/costs", unit, false), money(f.get("result"), p + "/result", unit, false),
                            money(f.get("equityStart"), p + "/equityStart", unit, false),
                            money(f.get("equityEnd"), p + "/equityEnd", unit, false),
                            money(f.get("available"), p + "/available", unit, false),
                            money(f.get("equityUsed"), p + "/equityUsed", unit, false)));
                }
            }
        }
        boolean netted = node.has("otherIncomeNettedInCosts") && node.get("otherIncomeNettedInCosts").asBoolean();
        List<Plan.Legend> legends = wordsReader.legends(node.get("legends"));
        se.samordna.plan.PrintedSigns signs = node.has("signs")
                ? enumValue(node.get("signs"), "/budget/signs", se.samordna.plan.PrintedSigns.class, true) : null;
        return new Plan.Budget(unit, List.copyOf(years), equityStart, groups, java.util.Collections.unmodifiableSortedMap(stated), netted,
                List.copyOf(legends), signs);
    }

    private Plan.LineGroup group(JsonNode node, String path, String unit, List<Integer> years) {
        if (!object(node, path)) {
            return null;
        }
        String name = text(node, path, "name", true);
        LineType type = node.has("type") ? enumValue(node.get("type"), path + "/type", LineType.class, true) : LineType.COST;
        CostCategory category = node.has("category") ? enumValue(node.get("category"), path + "/category", CostCategory.class, true) : null;
        List<Plan.BudgetLine> lines = list(node.get("lines"), path + "/lines", (n, p) -> line(n, p, unit, years, type, category, node.has("category")));
        SortedMap<Integer, Money> stated = amounts(node.get("stated"), path + "/stated", unit, years);
        return new Plan.LineGroup(name, type, category, lines, stated);
    }

    private Plan.BudgetLine line(JsonNode node, String path, String unit, List<Integer> years, LineType groupType,
                                 CostCategory groupCategory, boolean groupNamesCategory) {
        if (!object(node, path)) {
            return null;
        }
        allowOnly(node, path, "id", "ref", "name", "type", "category", "initiative", "initiativeId", "amounts", "mark");
        String name = text(node, path, "name", true);
        LineType type = node.has("type") ? enumValue(node.get("type"), path + "/type", LineType.class, true) : groupType;
        CostCategory category = node.has("category")
                ? enumValue(node.get("category"), path + "/category", CostCategory.class, true) : groupCategory;
        if (type == LineType.COST && category == null && !node.has("category") && !groupNamesCategory) {
            fail(path + "/category", Text.of("file.kostnadsradenSaknarKategoriAdministrationIndividual", name));
        }
        if (type != LineType.COST) {
            category = null;
        }
        SortedMap<Integer, Money> amounts = amounts(node.get("amounts"), path + "/amounts", unit, years);
        amounts.forEach((year, amount) -> {
            if (amount.isNegative()) {
                fail(path + "/amounts/" + year, Text.of(type == LineType.COST ? "file.noMinusCost" : "file.noMinusIncome", name));
            }
        });
        // The id links the line (Plan#linkingLinesById); without one, the name or text in "initiative" does.
        String initiativeId = text(node, path, "initiativeId", false);
        if (initiativeId != null) {
            lineInitiativeIds.put(path + "/initiativeId", initiativeId);
        }
        String id = text(node, path, "id", false);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            fail(path + "/id", Text.of("file.radensIdSkrivsMedSma"));
        } else if (id != null && !lineIds.add(id)) {
            fail(path + "/id", Text.of("file.tvaBudgetraderHarSammaId", id));
        }
        String mark = wordsReader.mark(node, path, false);
        return new Plan.BudgetLine(id, text(node, path, "ref", false), name, type, category,
                initiativeId != null ? initiativeId : text(node, path, "initiative", false), amounts, mark);
    }

    private Plan.OverviewYear overviewYear(JsonNode node, String path, String unit) {
        if (!object(node, path)) {
            return null;
        }
        Integer year = year(node.get("year"), path + "/year");
        YearKind kind = enumValue(node.get("kind"), path + "/kind", YearKind.class, true);
        return new Plan.OverviewYear(year == null ? 0 : year, kind, money(node.get("income"), path + "/income", unit, false),
                money(node.get("costs"), path + "/costs", unit, false), money(node.get("result"), path + "/result", unit, false),
                money(node.get("equityEnd"), path + "/equityEnd", unit, false));
    }

}
