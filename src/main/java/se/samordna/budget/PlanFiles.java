package se.samordna.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

import se.samordna.shared.Decimals;
import se.samordna.shared.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Plans as files: the versioned YAML format described in {@code docs/plan-format.md} and
 * {@code docs/plan-format.schema.json}. Reading is all or nothing: an invalid file raises
 * {@link PlanFileException} with every problem and its line. Writing gives a file that reads back to
 * an equal plan. The same tree, as JSON, is how the application stores a plan.
 */
public final class PlanFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private PlanFiles() {
    }

    public static Plan read(String text) {
        if (text == null || text.isBlank()) {
            throw new PlanFileException(List.of(new PlanFileException.Problem(0, "", "Filen är tom.")));
        }
        if (text.length() > MAX_BYTES) {
            throw new PlanFileException(List.of(new PlanFileException.Problem(0, "", "Filen är för stor (högst 5 MB).")));
        }
        JsonNode root;
        Map<String, Integer> lines = new HashMap<>();
        try {
            root = YAML.readTree(text);
            try (JsonParser parser = YAML.createParser(text)) {
                if (parser.nextToken() != null) {
                    locate(parser, "", lines);
                }
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new PlanFileException(List.of(new PlanFileException.Problem(line, "",
                    "Filen är inte giltig YAML: " + e.getOriginalMessage())));
        }
        return new Reader(lines).plan(root);
    }

    /**
     * Reads the stored JSON form of a plan (written by {@link #writeJson}): the same validation, but no
     * line numbers, which only a person's file needs.
     */
    public static Plan readJson(String json) {
        try {
            return new Reader(Map.of()).plan(JSON.readTree(json));
        } catch (JacksonException e) {
            throw new PlanFileException(List.of(new PlanFileException.Problem(0, "", "Den lagrade planen kan inte läsas: "
                    + e.getOriginalMessage())));
        }
    }

    public static String writeYaml(Plan plan) {
        return "# Samordna plan file, format " + Plan.FORMAT_VERSION + " (docs/plan-format.md)\n" + YAML.writeValueAsString(tree(plan));
    }

    public static String writeJson(Plan plan) {
        return JSON.writeValueAsString(tree(plan));
    }

    /**
     * The plan cut into the parts people change independently, each with a fingerprint of its content: every top-level
     * entry of the stored form (budget, rules, members, the theory of change, ...), and each element of a list whose
     * elements carry an id (each initiative, goal and activity plan) on its own, keyed {@code list:id}.
     */
    public static Map<String, String> sections(Plan plan) {
        Map<String, String> sections = new java.util.TreeMap<>();
        tree(plan).forEach((key, value) -> {
            if (value instanceof List<?> list && !list.isEmpty()
                    && list.stream().allMatch(e -> e instanceof Map<?, ?> element && element.get("id") != null)) {
                list.forEach(e -> sections.put(key + ":" + ((Map<?, ?>) e).get("id"), fingerprint(e)));
            } else {
                sections.put(key, fingerprint(value));
            }
        });
        return sections;
    }

    private static String fingerprint(Object value) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void locate(JsonParser parser, String path, Map<String, Integer> lines) {
        lines.put(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                int line = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                locate(parser, path + "/" + name, lines);
                lines.put(path + "/" + name, line);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                locate(parser, path + "/" + index++, lines);
            }
        }
    }

    /** Reads the tree, collecting every problem before giving up. */
    private static final class Reader {
        private final Map<String, Integer> lines;
        private final List<PlanFileException.Problem> problems = new ArrayList<>();

        Reader(Map<String, Integer> lines) {
            this.lines = lines;
        }

        Plan plan(JsonNode root) {
            if (root == null || !root.isObject()) {
                fail("", "Filen ska innehålla en plan (en YAML-mappning med association, members, budget …).");
                throw new PlanFileException(problems);
            }
            JsonNode format = root.get("format");
            if (format == null || !format.isInt() || format.intValue() != Plan.FORMAT_VERSION) {
                fail("/format", "Ange format: " + Plan.FORMAT_VERSION + " (den version av planformatet som filen följer).");
            }
            String unit = unit(root.get("unit"), "/unit", "tkr");
            Plan.Header header = header(root.get("association"));
            List<Member> members = members(root.get("members"));
            Plan.FinancialRules rules = rules(root.get("rules"), unit);
            Plan.Budget budget = budget(root.get("budget"), unit);
            List<Plan.Allocation> allocations = list(root.get("allocations"), "/allocations", (n, p) -> allocation(n, p, unit, members));
            List<Plan.OverviewYear> overview = list(root.get("overview"), "/overview", (n, p) -> overviewYear(n, p, unit));
            Plan.InitiativeRules initiativeRules = initiativeRules(root.get("rules"), unit);
            List<Initiative> initiatives = list(root.get("initiatives"), "/initiatives", (n, p) -> initiative(n, p, unit, members));
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (int i = 0; i < initiatives.size(); i++) {
                if (!ids.add(initiatives.get(i).id())) {
                    fail("/initiatives/" + i + "/id", "Två insatser har samma id '" + initiatives.get(i).id() + "'.");
                }
            }
            Plan.Goals goals = goals(root, initiatives);
            if (!problems.isEmpty()) {
                throw new PlanFileException(problems);
            }
            return new Plan(header, members, rules, allocations, budget, overview, initiativeRules, initiatives, goals);
        }

        private Plan.Header header(JsonNode node) {
            if (!object(node, "/association")) {
                return null;
            }
            String name = text(node, "/association", "name", true);
            if (name != null && (name.isBlank() || name.length() > 200)) {
                fail("/association/name", "Förbundets namn ska vara 1–200 tecken.");
            }
            LocalDate decided = null;
            String raw = text(node, "/association", "decided", false);
            if (raw != null) {
                try {
                    decided = LocalDate.parse(raw);
                } catch (DateTimeParseException e) {
                    fail("/association/decided", "Datumet '" + raw + "' ska skrivas ÅÅÅÅ-MM-DD.");
                }
            }
            return new Plan.Header(name, decided, text(node, "/association", "source", false));
        }

        private List<Member> members(JsonNode node) {
            List<Member> members = list(node, "/members", this::member);
            if (node == null || members.isEmpty()) {
                fail("/members", "Ange förbundets medlemmar (Försäkringskassan, Arbetsförmedlingen, region och kommuner).");
                return members;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).name() != null && !seen.add(members.get(i).name())) {
                    fail("/members/" + i + "/name", "Medlemmen '" + members.get(i).name() + "' står två gånger.");
                }
            }
            for (MemberKind kind : MemberKind.values()) {
                if (members.stream().noneMatch(m -> m.kind() == kind)) {
                    fail("/members", "Lagen kräver att " + switch (kind) {
                        case FORSAKRINGSKASSAN -> "Försäkringskassan";
                        case ARBETSFORMEDLINGEN -> "Arbetsförmedlingen";
                        case REGION -> "en region";
                        case MUNICIPALITY -> "minst en kommun";
                    } + " är medlem.");
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
                fail(path + "/orgNumber", "Organisationsnumret '" + org + "' är inte giltigt (NNNNNN-NNNN med rätt kontrollsiffra).");
            }
            String code = text(node, path, "municipalityCode", false);
            if (code != null && !code.matches("\\d{4}")) {
                fail(path + "/municipalityCode", "Kommunkoden '" + code + "' ska vara SCB:s fyrsiffriga kod.");
            }
            if (kind == MemberKind.MUNICIPALITY && code == null) {
                fail(path + "/municipalityCode", "En kommun ska ha sin kommunkod (SCB).");
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
                fail("/rules/equityFloor", "Golvet för eget kapital kan inte vara negativt.");
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
                    fail("/rules/targetSplit", "Den planerade fördelningen ska summera till 100 %, inte " + sum.toPlainString() + " %.");
                }
            }
            return new Plan.FinancialRules(percent, base, tiers, floor, adminPercent, adminYear, split);
        }

        private Plan.Goals goals(JsonNode root, List<Initiative> initiatives) {
            List<String> areas = list(root.get("areas"), "/areas", (n, p) -> n.asString());
            TheoryOfChange toc = TheoryOfChange.empty();
            JsonNode t = root.get("theoryOfChange");
            if (t != null && object(t, "/theoryOfChange")) {
                List<String> rows = list(t.get("rows"), "/theoryOfChange/rows", (n, p) -> n.asString());
                List<TheoryOfChange.Node> nodes = list(t.get("nodes"), "/theoryOfChange/nodes", (n, p) -> {
                    if (!object(n, p)) {
                        return null;
                    }
                    String row = text(n, p, "row", true);
                    if (row != null && !rows.contains(row)) {
                        fail(p + "/row", "Raden '" + row + "' finns inte bland förändringsteorins rader " + rows + ".");
                    }
                    return new TheoryOfChange.Node(text(n, p, "id", true), enumValue(n.get("level"), p + "/level", TheoryOfChange.Level.class, true),
                            row, text(n, p, "text", true));
                });
                java.util.Map<String, TheoryOfChange.Node> byId = new java.util.HashMap<>();
                nodes.forEach(n -> {
                    if (n.id() != null && byId.put(n.id(), n) != null) {
                        fail("/theoryOfChange/nodes", "Två noder har id '" + n.id() + "'.");
                    }
                });
                List<TheoryOfChange.Edge> edges = list(t.get("edges"), "/theoryOfChange/edges", (n, p) -> {
                    if (!object(n, p)) {
                        return null;
                    }
                    TheoryOfChange.Edge edge = new TheoryOfChange.Edge(text(n, p, "from", true), text(n, p, "to", true));
                    String problem = GoalRules.edgeProblem(byId, edge);
                    if (problem != null) {
                        fail(p, problem);
                    }
                    return edge;
                });
                toc = new TheoryOfChange(text(t, "/theoryOfChange", "period", false), rows, nodes, edges);
            }
            List<ActivityPlan> activityPlans = list(root.get("activityPlans"), "/activityPlans", (n, p) -> {
                if (!object(n, p)) {
                    return null;
                }
                Integer year = year(n.get("year"), p + "/year");
                List<ActivityPlan.Activity> activities = list(n.get("activities"), p + "/activities", (a, ap) -> object(a, ap)
                        ? new ActivityPlan.Activity(text(a, ap, "id", true), text(a, ap, "title", true), date(a.get("date"), ap + "/date"),
                        a.has("done") && a.get("done").asBoolean())
                        : null);
                return new ActivityPlan(text(n, p, "id", true), text(n, p, "name", true), year == null ? 0 : year, activities);
            });
            TheoryOfChange theory = toc;
            List<Goal> goals = list(root.get("goals"), "/goals", (n, p) -> goal(n, p, areas, theory, initiatives, activityPlans));
            return new Plan.Goals(areas, toc, goals, activityPlans);
        }

        private Goal goal(JsonNode n, String p, List<String> areas, TheoryOfChange toc, List<Initiative> initiatives,
                          List<ActivityPlan> activityPlans) {
            if (!object(n, p)) {
                return null;
            }
            allowOnly(n, p, "id", "title", "year", "area", "node", "initiative", "indicators");
            String id = text(n, p, "id", true);
            String area = text(n, p, "area", false);
            if (area != null && !areas.contains(area)) {
                fail(p + "/area", "Målområdet '" + area + "' finns inte bland förbundets målområden " + areas + ".");
            }
            String node = text(n, p, "node", false);
            if (node != null && toc.node(node).isEmpty()) {
                fail(p + "/node", "Noden '" + node + "' finns inte i förändringsteorin.");
            }
            String initiative = text(n, p, "initiative", false);
            if (initiative != null && initiatives.stream().noneMatch(i -> i.id().equals(initiative))) {
                fail(p + "/initiative", "Insatsen '" + initiative + "' finns inte i planen.");
            }
            Integer year = year(n.get("year"), p + "/year");
            List<Goal.Indicator> indicators = new ArrayList<>();
            JsonNode list = n.get("indicators");
            if (list != null && list.isArray()) {
                for (int k = 0; k < list.size(); k++) {
                    Goal.Indicator indicator = indicator(list.get(k), p + "/indicators/" + k, id + "-" + (k + 1), activityPlans);
                    if (indicator != null) {
                        indicators.add(indicator);
                    }
                }
            }
            return new Goal(id, text(n, p, "title", true), year == null ? 0 : year, area, node, initiative, indicators);
        }

        private Goal.Indicator indicator(JsonNode n, String p, String defaultId, List<ActivityPlan> activityPlans) {
            if (!object(n, p)) {
                return null;
            }
            allowOnly(n, p, "id", "name", "source", "sourceText", "target", "unit", "computed", "activityPlan", "nnsIndicator", "respondentGroup");
            Goal.Target target = null;
            JsonNode t = n.get("target");
            if (t != null && object(t, p + "/target")) {
                Goal.Target.Kind kind = enumValue(t.get("kind"), p + "/target/kind", Goal.Target.Kind.class, true);
                Goal.Target.Comparison comparison = t.has("comparison")
                        ? enumValue(t.get("comparison"), p + "/target/comparison", Goal.Target.Comparison.class, true) : Goal.Target.Comparison.AT_LEAST;
                BigDecimal value = t.has("value") ? number(t.get("value"), p + "/target/value", true) : null;
                LocalDate date = date(t.get("date"), p + "/target/date");
                target = new Goal.Target(kind, comparison, value, date, text(t, p + "/target", "text", false));
                String problem = GoalRules.targetProblem(target);
                if (problem != null) {
                    fail(p + "/target", problem);
                }
            }
            Goal.Computation computed = n.has("computed") ? enumValue(n.get("computed"), p + "/computed", Goal.Computation.class, true) : null;
            String plan = text(n, p, "activityPlan", false);
            if (plan != null && activityPlans.stream().noneMatch(a -> plan.equals(a.id()))) {
                fail(p + "/activityPlan", "Aktivitetsplanen '" + plan + "' finns inte i planen.");
            }
            Integer nns = n.has("nnsIndicator") ? wholeNumber(n.get("nnsIndicator"), p + "/nnsIndicator") == null ? null
                    : n.get("nnsIndicator").intValue() : null;
            String group = text(n, p, "respondentGroup", false);
            if (group != null && !java.util.Set.of("PARTICIPANTS_TWO_MONTHS", "PARTICIPANTS_EXIT", "STAFF", "PREPARATION_GROUP",
                    "STEERING_GROUPS", "BOARD").contains(group)) {
                fail(p + "/respondentGroup", "Okänd svarsgrupp '" + group + "'.");
            }
            String problem = GoalRules.computationProblem(computed, target, plan, nns);
            if (problem != null) {
                fail(p + "/computed", problem);
            }
            return new Goal.Indicator(n.has("id") ? text(n, p, "id", true) : defaultId, text(n, p, "name", true),
                    n.has("source") ? enumValue(n.get("source"), p + "/source", Goal.Source.class, true) : Goal.Source.OTHER,
                    text(n, p, "sourceText", false), target, text(n, p, "unit", false), computed, plan, nns, group);
        }

        private Plan.InitiativeRules initiativeRules(JsonNode node, String unit) {
            Plan.InitiativeRules defaults = Plan.InitiativeRules.defaults();
            if (node == null || !node.isObject()) {
                return defaults;
            }
            Money threshold = node.has("steeringGroupThreshold")
                    ? money(node.get("steeringGroupThreshold"), "/rules/steeringGroupThreshold", unit, true)
                    : defaults.steeringGroupThreshold();
            boolean statement = !node.has("statementRequired") || node.get("statementRequired").asBoolean();
            return new Plan.InitiativeRules(threshold == null ? defaults.steeringGroupThreshold() : threshold, statement);
        }

        private Initiative initiative(JsonNode node, String path, String unit, List<Member> members) {
            if (!object(node, path)) {
                return null;
            }
            allowOnly(node, path, "id", "name", "kind", "owner", "members", "targetGroup", "ages", "municipalities", "start", "end",
                    "purpose", "goals", "budgetedParticipants", "esf", "contact", "steeringGroup", "state", "application",
                    "statement", "decision", "agreement", "closed");
            String name = text(node, path, "name", true);
            String id = node.has("id") ? text(node, path, "id", true) : InitiativeWorkflow.slug(name);
            if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
                fail(path + "/id", "Insatsens id '" + id + "' får bara innehålla a–z, 0–9 och bindestreck (högst 80 tecken).");
            }
            InitiativeKind kind = enumValue(node.get("kind"), path + "/kind", InitiativeKind.class, true);
            String owner = node.has("owner") ? memberRef(node.get("owner"), path + "/owner", members) : null;
            List<String> taking = list(node.get("members"), path + "/members", (n, p) -> memberRef(n, p, members));
            Integer ageFrom = null;
            Integer ageTo = null;
            JsonNode ages = node.get("ages");
            if (ages != null && object(ages, path + "/ages")) {
                ageFrom = ages.has("from") ? wholeNumber(ages.get("from"), path + "/ages/from").intValue() : null;
                ageTo = ages.has("to") ? wholeNumber(ages.get("to"), path + "/ages/to").intValue() : null;
            }
            LocalDate start = date(node.get("start"), path + "/start");
            LocalDate end = date(node.get("end"), path + "/end");
            if (start != null && end != null && end.isBefore(start)) {
                fail(path + "/end", "Slutdatum " + end + " ligger före startdatum " + start + ".");
            }
            Initiative.Contact contact = null;
            JsonNode c = node.get("contact");
            if (c != null && object(c, path + "/contact")) {
                allowOnly(c, path + "/contact", "name", "email", "phone");
                contact = new Initiative.Contact(text(c, path + "/contact", "name", false), text(c, path + "/contact", "email", false),
                        text(c, path + "/contact", "phone", false));
            }
            List<Initiative.SteeringMember> steering = list(node.get("steeringGroup"), path + "/steeringGroup", (n, p) -> object(n, p)
                    ? new Initiative.SteeringMember(text(n, p, "name", true), text(n, p, "member", false),
                    n.has("role") ? enumValue(n.get("role"), p + "/role", Initiative.SteeringRole.class, true) : Initiative.SteeringRole.MEMBER)
                    : null);
            InitiativeState state = node.has("state") ? enumValue(node.get("state"), path + "/state", InitiativeState.class, true)
                    : InitiativeState.IDEA;
            Initiative.Application application = null;
            JsonNode a = node.get("application");
            if (a != null && object(a, path + "/application")) {
                application = new Initiative.Application(date(a.get("date"), path + "/application/date"),
                        amounts(a.get("requested"), path + "/application/requested", unit, List.of()), text(a, path + "/application", "text", false));
            }
            Initiative.Statement statement = null;
            JsonNode st = node.get("statement");
            if (st != null && object(st, path + "/statement")) {
                statement = new Initiative.Statement(date(st.get("date"), path + "/statement/date"), text(st, path + "/statement", "text", true));
            }
            Initiative.Decision decision = null;
            JsonNode d = node.get("decision");
            if (d != null && object(d, path + "/decision")) {
                boolean granted = !d.has("granted") || d.get("granted").isObject();
                decision = new Initiative.Decision(date(d.get("date"), path + "/decision/date"), text(d, path + "/decision", "minutes", false),
                        granted, granted ? amounts(d.get("granted"), path + "/decision/granted", unit, List.of()) : new TreeMap<>(),
                        text(d, path + "/decision", "conditions", false), text(d, path + "/decision", "refusalReason", false));
            }
            Initiative.Agreement agreement = null;
            JsonNode ag = node.get("agreement");
            if (ag != null && object(ag, path + "/agreement")) {
                List<Initiative.ReportKind> reports = list(ag.get("reports"), path + "/agreement/reports",
                        (n, p) -> enumValue(n, p, Initiative.ReportKind.class, true));
                agreement = new Initiative.Agreement(date(ag.get("date"), path + "/agreement/date"), date(ag.get("start"), path + "/agreement/start"),
                        date(ag.get("end"), path + "/agreement/end"), amounts(ag.get("amounts"), path + "/agreement/amounts", unit, List.of()), reports);
            }
            Integer participants = node.has("budgetedParticipants")
                    ? wholeNumber(node.get("budgetedParticipants"), path + "/budgetedParticipants").intValue() : null;
            return new Initiative(id, name, kind, owner, taking, text(node, path, "targetGroup", false), ageFrom, ageTo,
                    list(node.get("municipalities"), path + "/municipalities", (n, p) -> n.asString()), start, end,
                    text(node, path, "purpose", false), list(node.get("goals"), path + "/goals", (n, p) -> n.asString()),
                    participants, node.has("esf") && node.get("esf").asBoolean(), contact, steering, state,
                    application, statement, decision, agreement, date(node.get("closed"), path + "/closed"));
        }

        private String memberRef(JsonNode node, String path, List<Member> members) {
            if (node == null || node.isNull()) {
                fail(path, "Saknas.");
                return null;
            }
            String name = node.asString();
            if (members.stream().noneMatch(m -> name.equals(m.name()))) {
                fail(path, "'" + name + "' finns inte bland förbundets medlemmar.");
            }
            return name;
        }

        private LocalDate date(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                return null;
            }
            try {
                return LocalDate.parse(node.asString());
            } catch (DateTimeParseException e) {
                fail(path, "Datumet '" + node.asString() + "' ska skrivas ÅÅÅÅ-MM-DD.");
                return null;
            }
        }

        private Plan.Allocation allocation(JsonNode node, String path, String defaultUnit, List<Member> members) {
            if (!object(node, path)) {
                return null;
            }
            String unit = unit(node.get("unit"), path + "/unit", defaultUnit);
            Integer year = year(node.get("year"), path + "/year");
            Money total = money(node.get("total"), path + "/total", unit, true);
            if (total != null && !total.isPositive()) {
                fail(path + "/total", "Tilldelningen måste vara större än noll.");
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
                fail(path + "/municipalities", "Med nyckeln " + key + " ska varje kommuns andel anges.");
            }
            List<Plan.StatedContribution> stated = list(node.get("stated"), path + "/stated", (n, p) -> object(n, p)
                    ? new Plan.StatedContribution(memberName(n, p, members), money(n.get("amount"), p + "/amount", unit, true)) : null);
            return new Plan.Allocation(year == null ? 0 : year, total, key, shares, stated);
        }

        private String memberName(JsonNode node, String path, List<Member> members) {
            String name = text(node, path, "member", true);
            if (name != null && members.stream().noneMatch(m -> name.equals(m.name()))) {
                fail(path + "/member", "Medlemmen '" + name + "' finns inte bland förbundets medlemmar.");
            }
            return name;
        }

        private Plan.Budget budget(JsonNode node, String defaultUnit) {
            if (!object(node, "/budget")) {
                return null;
            }
            String unit = unit(node.get("unit"), "/budget/unit", defaultUnit);
            List<Plan.BudgetYear> years = new ArrayList<>();
            JsonNode yearsNode = node.get("years");
            if (yearsNode == null || !yearsNode.isObject() || yearsNode.isEmpty()) {
                fail("/budget/years", "Ange budgetens år och vad de är, t.ex. {2025: BUDGET, 2026: PLAN, 2027: PLAN}.");
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
                    fail("/budget/equityStart/year", "Året " + year + " finns inte bland budgetens år " + known + ".");
                }
                equityStart = year == null || amount == null ? null : new Plan.EquityStart(year, amount);
            }
            List<Plan.LineGroup> groups = list(node.get("groups"), "/budget/groups", (n, p) -> group(n, p, unit, known));
            if (groups.isEmpty()) {
                fail("/budget/groups", "Budgeten ska ha minst en grupp med rader.");
            }
            SortedMap<Integer, Plan.StatedFigures> stated = new TreeMap<>();
            JsonNode statedNode = node.get("stated");
            if (statedNode != null && object(statedNode, "/budget/stated")) {
                for (Map.Entry<String, JsonNode> e : statedNode.properties()) {
                    String p = "/budget/stated/" + e.getKey();
                    Integer year = yearKey(e.getKey(), p);
                    if (year != null && !known.contains(year)) {
                        fail(p, "Året " + year + " finns inte bland budgetens år " + known + ".");
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
            return new Plan.Budget(unit, years, equityStart, groups, stated, netted);
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
            allowOnly(node, path, "ref", "name", "type", "category", "initiative", "amounts");
            String name = text(node, path, "name", true);
            LineType type = node.has("type") ? enumValue(node.get("type"), path + "/type", LineType.class, true) : groupType;
            CostCategory category = node.has("category")
                    ? enumValue(node.get("category"), path + "/category", CostCategory.class, true) : groupCategory;
            if (type == LineType.COST && category == null && !node.has("category") && !groupNamesCategory) {
                fail(path + "/category", "Kostnadsraden '" + name + "' saknar kategori (ADMINISTRATION, INDIVIDUAL, STRUCTURAL, PROCESS_SUPPORT eller UNALLOCATED).");
            }
            if (type != LineType.COST) {
                category = null;
            }
            SortedMap<Integer, Money> amounts = amounts(node.get("amounts"), path + "/amounts", unit, years);
            amounts.forEach((year, amount) -> {
                if (amount.isNegative()) {
                    fail(path + "/amounts/" + year, "Beloppen skrivs utan minustecken; raden '" + name
                            + "' är redan typad som " + (type == LineType.COST ? "kostnad" : "intäkt") + ".");
                }
            });
            return new Plan.BudgetLine(text(node, path, "ref", false), name, type, category,
                    text(node, path, "initiative", false), amounts);
        }

        private SortedMap<Integer, Money> amounts(JsonNode node, String path, String unit, List<Integer> years) {
            SortedMap<Integer, Money> result = new TreeMap<>();
            if (node == null) {
                return result;
            }
            if (!object(node, path)) {
                return result;
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String p = path + "/" + e.getKey();
                Integer year = yearKey(e.getKey(), p);
                if (year != null && !years.isEmpty() && !years.contains(year)) {
                    fail(p, "Året " + year + " finns inte bland budgetens år " + years + ".");
                    continue;
                }
                Money amount = money(e.getValue(), p, unit, true);
                if (year != null && amount != null) {
                    result.put(year, amount);
                }
            }
            return result;
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

        private <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> reader) {
            List<T> result = new ArrayList<>();
            if (node == null || node.isNull()) {
                return result;
            }
            if (!node.isArray()) {
                fail(path, "Här ska stå en lista.");
                return result;
            }
            for (int i = 0; i < node.size(); i++) {
                T item = reader.apply(node.get(i), path + "/" + i);
                if (item != null) {
                    result.add(item);
                }
            }
            return result;
        }

        private boolean object(JsonNode node, String path) {
            if (node == null || node.isNull()) {
                fail(path, "Saknas.");
                return false;
            }
            if (!node.isObject()) {
                fail(path, "Här ska stå en mappning (nyckel: värde).");
                return false;
            }
            return true;
        }

        private void allowOnly(JsonNode node, String path, String... names) {
            List<String> allowed = List.of(names);
            for (String name : node.propertyNames()) {
                if (!allowed.contains(name)) {
                    fail(path + "/" + name, "Okänt fält '" + name + "'. Tillåtna fält: " + String.join(", ", allowed) + ".");
                }
            }
        }

        private String text(JsonNode node, String path, String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    fail(path + "/" + field, "Saknas.");
                }
                return null;
            }
            if (!value.isValueNode()) {
                fail(path + "/" + field, "Här ska stå en text.");
                return null;
            }
            return value.asString();
        }

        private String unit(JsonNode node, String path, String fallback) {
            if (node == null) {
                return fallback;
            }
            String unit = node.asString();
            if (!"tkr".equals(unit) && !"kr".equals(unit)) {
                fail(path, "Enheten '" + unit + "' är okänd; skriv kr eller tkr.");
                return fallback;
            }
            return unit;
        }

        private <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type, boolean required) {
            if (node == null || node.isNull()) {
                if (required) {
                    fail(path, "Saknas.");
                }
                return null;
            }
            return enumName(node.asString(), path, type);
        }

        private <E extends Enum<E>> E enumName(String value, String path, Class<E> type) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
                fail(path, "Okänt värde '" + value + "'. Tillåtna värden: " + String.join(", ", names) + ".");
                return null;
            }
        }

        private Integer year(JsonNode node, String path) {
            if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
                fail(path, node == null ? "Ange året." : "Året '" + node.asString() + "' är inget årtal.");
                return null;
            }
            return checkYear(node.intValue(), path);
        }

        private Integer yearKey(String key, String path) {
            try {
                if (key.length() > 6) {
                    throw new NumberFormatException(key);
                }
                return checkYear(Integer.parseInt(key), path);
            } catch (NumberFormatException e) {
                fail(path, "'" + key + "' är inget årtal.");
                return null;
            }
        }

        private Integer checkYear(int year, String path) {
            if (year < 2000 || year > 2100) {
                fail(path, "Året " + year + " ligger utanför 2000–2100.");
                return null;
            }
            return year;
        }

        private Long wholeNumber(JsonNode node, String path) {
            if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.longValue() < 0) {
                fail(path, "Här ska stå ett heltal som inte är negativt.");
                return null;
            }
            return node.longValue();
        }

        private BigDecimal percentage(JsonNode node, String path) {
            BigDecimal value = number(node, path, true);
            if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                fail(path, "Procentsatsen " + value.toPlainString() + " ska ligga mellan 0 och 100.");
                return null;
            }
            return value;
        }

        private Money money(JsonNode node, String path, String unit, boolean required) {
            BigDecimal value = number(node, path, required);
            if (value == null) {
                return null;
            }
            BigDecimal kronor = "tkr".equals(unit) ? value.movePointRight(3) : value;
            if (kronor.stripTrailingZeros().scale() > 2) {
                fail(path, "Beloppet " + value.toPlainString() + " " + unit + " har fler decimaler än hela ören.");
                return null;
            }
            return Money.ofKronor(kronor);
        }

        private BigDecimal number(JsonNode node, String path, boolean required) {
            if (node == null || node.isNull()) {
                if (required) {
                    fail(path, "Saknas.");
                }
                return null;
            }
            try {
                if (node.isNumber()) {
                    return node.isFloatingPointNumber() && !node.isBigDecimal() ? Decimals.bounded(node.doubleValue())
                            : Decimals.bounded(node.decimalValue());
                }
                return Decimals.parse(node.asString());
            } catch (Decimals.BadNumber e) {
                fail(path, e.notANumber() ? "'" + node.asString() + "' är inget tal." : "Talet " + e.getMessage() + ".");
                return null;
            } catch (ArithmeticException | NumberFormatException e) {
                fail(path, "'" + node.asString() + "' är inget tal.");
                return null;
            }
        }

        private void fail(String path, String message) {
            problems.add(new PlanFileException.Problem(lineOf(path), path.isEmpty() ? "" : path.substring(1), message));
        }

        private int lineOf(String path) {
            for (String p = path; ; p = p.substring(0, p.lastIndexOf('/'))) {
                Integer line = lines.get(p);
                if (line != null) {
                    return line;
                }
                if (p.isEmpty()) {
                    return 0;
                }
            }
        }
    }

    private static Map<String, Object> tree(Plan plan) {
        String unit = plan.budget().unit();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", Plan.FORMAT_VERSION);
        root.put("unit", unit);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("name", plan.association().name());
        putIfSet(header, "decided", plan.association().decided() == null ? null : plan.association().decided().toString());
        putIfSet(header, "source", plan.association().source());
        root.put("association", header);
        List<Object> members = new ArrayList<>();
        for (Member m : plan.members()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("name", m.name());
            member.put("kind", m.kind().name());
            putIfSet(member, "orgNumber", m.orgNumber());
            putIfSet(member, "municipalityCode", m.municipalityCode());
            putIfSet(member, "population", m.population());
            if (m.boardOrdinary() != null || m.boardSubstitute() != null) {
                Map<String, Object> board = new LinkedHashMap<>();
                putIfSet(board, "ordinary", m.boardOrdinary());
                putIfSet(board, "substitute", m.boardSubstitute());
                member.put("board", board);
            }
            members.add(member);
        }
        root.put("members", members);
        Map<String, Object> rules = rules(plan.rules(), unit);
        if (!plan.initiativeRules().equals(Plan.InitiativeRules.defaults())) {
            rules.put("steeringGroupThreshold", number(plan.initiativeRules().steeringGroupThreshold(), unit));
            rules.put("statementRequired", plan.initiativeRules().statementRequired());
        }
        root.put("rules", rules);
        if (!plan.allocations().isEmpty()) {
            List<Object> allocations = new ArrayList<>();
            for (Plan.Allocation a : plan.allocations()) {
                String allocationUnit = a.total().ore() % 100_000 == 0
                        && a.municipalities().stream().allMatch(s -> s.amount() == null || s.amount().ore() % 100_000 == 0)
                        && a.stated().stream().allMatch(s -> s.amount().ore() % 100_000 == 0) ? unit : "kr";
                Map<String, Object> allocation = new LinkedHashMap<>();
                allocation.put("year", a.year());
                if (!allocationUnit.equals(unit)) {
                    allocation.put("unit", allocationUnit);
                }
                allocation.put("total", number(a.total(), allocationUnit));
                allocation.put("key", a.key().name());
                if (!a.municipalities().isEmpty()) {
                    allocation.put("municipalities", a.municipalities().stream().map(s -> {
                        Map<String, Object> share = new LinkedHashMap<>();
                        share.put("member", s.member());
                        putIfSet(share, "amount", s.amount() == null ? null : number(s.amount(), allocationUnit));
                        putIfSet(share, "percent", s.percent());
                        putIfSet(share, "population", s.population());
                        return share;
                    }).toList());
                }
                if (!a.stated().isEmpty()) {
                    allocation.put("stated", a.stated().stream().map(s -> {
                        Map<String, Object> stated = new LinkedHashMap<>();
                        stated.put("member", s.member());
                        stated.put("amount", number(s.amount(), allocationUnit));
                        return stated;
                    }).toList());
                }
                allocations.add(allocation);
            }
            root.put("allocations", allocations);
        }
        root.put("budget", budget(plan.budget()));
        if (!plan.initiatives().isEmpty()) {
            root.put("initiatives", plan.initiatives().stream().map(i -> initiative(i, unit)).toList());
        }
        goals(plan.goals(), root);
        if (!plan.overview().isEmpty()) {
            root.put("overview", plan.overview().stream().map(o -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("year", o.year());
                row.put("kind", o.kind().name());
                putIfSet(row, "income", number(o.income(), unit));
                putIfSet(row, "costs", number(o.costs(), unit));
                putIfSet(row, "result", number(o.result(), unit));
                putIfSet(row, "equityEnd", number(o.equityEnd(), unit));
                return row;
            }).toList());
        }
        return root;
    }

    private static void goals(Plan.Goals goals, Map<String, Object> root) {
        if (!goals.areas().isEmpty()) {
            root.put("areas", goals.areas());
        }
        TheoryOfChange toc = goals.theoryOfChange();
        if (!toc.nodes().isEmpty() || !toc.rows().isEmpty()) {
            Map<String, Object> t = new LinkedHashMap<>();
            putIfSet(t, "period", toc.period());
            t.put("rows", toc.rows());
            t.putAll(theoryOfChangeTree(toc));
            root.put("theoryOfChange", t);
        }
        if (!goals.goals().isEmpty()) {
            root.put("goals", goals.goals().stream().map(g -> {
                Map<String, Object> goal = new LinkedHashMap<>();
                goal.put("id", g.id());
                goal.put("title", g.title());
                goal.put("year", g.year());
                putIfSet(goal, "area", g.area());
                putIfSet(goal, "node", g.node());
                putIfSet(goal, "initiative", g.initiative());
                goal.put("indicators", g.indicators().stream().map(i -> {
                    Map<String, Object> indicator = new LinkedHashMap<>();
                    indicator.put("id", i.id());
                    indicator.put("name", i.name());
                    indicator.put("source", i.source().name());
                    putIfSet(indicator, "sourceText", i.sourceText());
                    if (i.target() != null) {
                        Map<String, Object> target = new LinkedHashMap<>();
                        target.put("kind", i.target().kind().name());
                        if (i.target().kind() == Goal.Target.Kind.NUMBER || i.target().kind() == Goal.Target.Kind.SHARE) {
                            target.put("comparison", i.target().comparison().name());
                        }
                        putIfSet(target, "value", i.target().value());
                        putIfSet(target, "date", i.target().date() == null ? null : i.target().date().toString());
                        putIfSet(target, "text", i.target().text());
                        indicator.put("target", target);
                    }
                    putIfSet(indicator, "unit", i.unit());
                    putIfSet(indicator, "computed", i.computed() == null ? null : i.computed().name());
                    putIfSet(indicator, "activityPlan", i.activityPlan());
                    putIfSet(indicator, "nnsIndicator", i.nnsIndicator());
                    putIfSet(indicator, "respondentGroup", i.respondentGroup());
                    return indicator;
                }).toList());
                return goal;
            }).toList());
        }
        if (!goals.activityPlans().isEmpty()) {
            root.put("activityPlans", goals.activityPlans().stream().map(a -> {
                Map<String, Object> plan = new LinkedHashMap<>();
                plan.put("id", a.id());
                plan.put("name", a.name());
                plan.put("year", a.year());
                plan.put("activities", a.activities().stream().map(x -> {
                    Map<String, Object> activity = new LinkedHashMap<>();
                    activity.put("id", x.id());
                    activity.put("title", x.title());
                    putIfSet(activity, "date", x.date() == null ? null : x.date().toString());
                    activity.put("done", x.done());
                    return activity;
                }).toList());
                return plan;
            }).toList());
        }
    }

    private static Map<String, Object> initiative(Initiative i, String unit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("name", i.name());
        out.put("kind", i.kind().name());
        putIfSet(out, "owner", i.owner());
        out.put("members", i.members());
        putIfSet(out, "targetGroup", i.targetGroup());
        if (i.ageFrom() != null || i.ageTo() != null) {
            Map<String, Object> ages = new LinkedHashMap<>();
            putIfSet(ages, "from", i.ageFrom());
            putIfSet(ages, "to", i.ageTo());
            out.put("ages", ages);
        }
        if (!i.municipalities().isEmpty()) {
            out.put("municipalities", i.municipalities());
        }
        putIfSet(out, "start", i.start() == null ? null : i.start().toString());
        putIfSet(out, "end", i.end() == null ? null : i.end().toString());
        putIfSet(out, "purpose", i.purpose());
        if (!i.goals().isEmpty()) {
            out.put("goals", i.goals());
        }
        putIfSet(out, "budgetedParticipants", i.budgetedParticipants());
        if (i.esf()) {
            out.put("esf", true);
        }
        if (i.contact() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            putIfSet(contact, "name", i.contact().name());
            putIfSet(contact, "email", i.contact().email());
            putIfSet(contact, "phone", i.contact().phone());
            out.put("contact", contact);
        }
        if (!i.steeringGroup().isEmpty()) {
            out.put("steeringGroup", i.steeringGroup().stream().map(m -> {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("name", m.name());
                putIfSet(member, "member", m.member());
                member.put("role", m.role().name());
                return member;
            }).toList());
        }
        out.put("state", i.state().name());
        if (i.application() != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            putIfSet(a, "date", i.application().date() == null ? null : i.application().date().toString());
            a.put("requested", amounts(i.application().requested(), unit));
            putIfSet(a, "text", i.application().text());
            out.put("application", a);
        }
        if (i.statement() != null) {
            Map<String, Object> st = new LinkedHashMap<>();
            putIfSet(st, "date", i.statement().date() == null ? null : i.statement().date().toString());
            st.put("text", i.statement().text());
            out.put("statement", st);
        }
        if (i.decision() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            putIfSet(d, "date", i.decision().date() == null ? null : i.decision().date().toString());
            putIfSet(d, "minutes", i.decision().minutes());
            d.put("granted", i.decision().granted() ? amounts(i.decision().amounts(), unit) : false);
            putIfSet(d, "conditions", i.decision().conditions());
            putIfSet(d, "refusalReason", i.decision().refusalReason());
            out.put("decision", d);
        }
        if (i.agreement() != null) {
            Map<String, Object> ag = new LinkedHashMap<>();
            putIfSet(ag, "date", i.agreement().date() == null ? null : i.agreement().date().toString());
            putIfSet(ag, "start", i.agreement().start() == null ? null : i.agreement().start().toString());
            putIfSet(ag, "end", i.agreement().end() == null ? null : i.agreement().end().toString());
            ag.put("amounts", amounts(i.agreement().amounts(), unit));
            ag.put("reports", i.agreement().reports().stream().map(Enum::name).toList());
            out.put("agreement", ag);
        }
        putIfSet(out, "closed", i.closed() == null ? null : i.closed().toString());
        return out;
    }

    private static Map<String, Object> rules(Plan.FinancialRules rules, String unit) {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> ceiling = new LinkedHashMap<>();
        ceiling.put("percent", rules.equityCeilingPercent());
        ceiling.put("base", rules.equityCeilingBase().name());
        if (!rules.equityCeilingTiers().isEmpty()) {
            ceiling.put("tiers", rules.equityCeilingTiers().stream()
                    .map(t -> Map.of("from", number(t.from(), unit), "percent", t.percent())).toList());
        }
        result.put("equityCeiling", ceiling);
        result.put("equityFloor", number(rules.equityFloor(), unit));
        if (rules.adminShareGoalPercent() != null) {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("percent", rules.adminShareGoalPercent());
            putIfSet(goal, "year", rules.adminShareGoalYear());
            result.put("adminShareGoal", goal);
        }
        if (!rules.targetSplit().isEmpty()) {
            Map<String, Object> split = new LinkedHashMap<>();
            rules.targetSplit().forEach((k, v) -> split.put(k.name(), v));
            result.put("targetSplit", split);
        }
        return result;
    }

    private static Map<String, Object> budget(Plan.Budget budget) {
        String unit = budget.unit();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("unit", unit);
        Map<String, Object> years = new LinkedHashMap<>();
        budget.years().forEach(y -> years.put(String.valueOf(y.year()), y.kind().name()));
        result.put("years", years);
        if (budget.equityStart() != null) {
            Map<String, Object> equity = new LinkedHashMap<>();
            equity.put("year", budget.equityStart().year());
            equity.put("amount", number(budget.equityStart().amount(), unit));
            result.put("equityStart", equity);
        }
        if (budget.otherIncomeNettedInCosts()) {
            result.put("otherIncomeNettedInCosts", true);
        }
        List<Object> groups = new ArrayList<>();
        for (Plan.LineGroup g : budget.groups()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("name", g.name());
            if (g.type() != LineType.COST) {
                group.put("type", g.type().name());
            }
            putIfSet(group, "category", g.category() == null ? null : g.category().name());
            group.put("lines", g.lines().stream().map(l -> {
                Map<String, Object> line = new LinkedHashMap<>();
                putIfSet(line, "ref", l.ref());
                line.put("name", l.name());
                if (l.type() != g.type()) {
                    line.put("type", l.type().name());
                }
                if (l.category() != null && l.category() != g.category()) {
                    line.put("category", l.category().name());
                }
                putIfSet(line, "initiative", l.initiative());
                line.put("amounts", amounts(l.amounts(), unit));
                return line;
            }).toList());
            if (!g.stated().isEmpty()) {
                group.put("stated", amounts(g.stated(), unit));
            }
            groups.add(group);
        }
        result.put("groups", groups);
        if (!budget.stated().isEmpty()) {
            Map<String, Object> stated = new LinkedHashMap<>();
            budget.stated().forEach((year, f) -> {
                Map<String, Object> figures = new LinkedHashMap<>();
                putIfSet(figures, "income", number(f.income(), unit));
                putIfSet(figures, "costs", number(f.costs(), unit));
                putIfSet(figures, "result", number(f.result(), unit));
                putIfSet(figures, "equityStart", number(f.equityStart(), unit));
                putIfSet(figures, "equityEnd", number(f.equityEnd(), unit));
                putIfSet(figures, "available", number(f.available(), unit));
                putIfSet(figures, "equityUsed", number(f.equityUsed(), unit));
                stated.put(String.valueOf(year), figures);
            });
            result.put("stated", stated);
        }
        return result;
    }

    private static Map<String, Object> amounts(SortedMap<Integer, Money> amounts, String unit) {
        Map<String, Object> result = new LinkedHashMap<>();
        amounts.forEach((year, amount) -> result.put(String.valueOf(year), number(amount, unit)));
        return result;
    }

    private static Object number(Money amount, String unit) {
        if (amount == null) {
            return null;
        }
        BigDecimal value = "tkr".equals(unit) ? amount.exactKronor().movePointLeft(3) : amount.exactKronor();
        value = value.stripTrailingZeros();
        return value.scale() <= 0 ? (Object) value.longValueExact() : value;
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The theory of change's nodes and arrows as the plan file writes them (also what {@code plan goals --json} prints). */
    public static Map<String, Object> theoryOfChangeTree(TheoryOfChange toc) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("nodes", toc.nodes().stream().map(n -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", n.id());
            node.put("level", n.level().name());
            node.put("row", n.row());
            node.put("text", n.text());
            return node;
        }).toList());
        tree.put("edges", toc.edges().stream().map(e -> Map.of("from", e.from(), "to", e.to())).toList());
        return tree;
    }
}
