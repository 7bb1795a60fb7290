package se.samordna.plan.file;

import se.samordna.plan.Member;
import se.samordna.plan.Plan;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeKind;
import se.samordna.plan.InitiativeState;
import se.samordna.plan.InitiativeWorkflow;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import se.samordna.shared.Money;
import se.samordna.shared.Text;
import tools.jackson.databind.JsonNode;

/** Reads the initiatives and the association's rules for them. */
final class InitiativesFileReader extends FileNodes {

InitiativesFileReader(FileNodes file) {
    super(file);
}

    Plan.InitiativeRules initiativeRules(JsonNode node, String unit) {
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

    Initiative initiative(JsonNode node, String path, String unit, List<Member> members) {
        if (!object(node, path)) {
            return null;
        }
        allowOnly(node, path, "id", "name", "kind", "owner", "members", "targetGroup", "ages", "municipalities", "start", "end",
                "purpose", "goals", "budgetedParticipants", "esf", "contact", "steeringGroup", "state", "application",
                "statement", "decision", "agreement", "closed", "assumed");
        String name = text(node, path, "name", true);
        String id = node.has("id") ? text(node, path, "id", true) : InitiativeWorkflow.slug(name);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            fail(path + "/id", Text.of("file.insatsensIdFarBaraInnehalla", id));
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
            fail(path + "/end", Text.of("file.slutdatumLiggerForeStartdatum", end, start));
        }
        Initiative.Contact contact = contact(node.get("contact"), path + "/contact");
        List<Initiative.SteeringMember> steering = list(node.get("steeringGroup"), path + "/steeringGroup", (n, p) -> object(n, p)
                ? new Initiative.SteeringMember(text(n, p, "name", true), text(n, p, "member", false),
                n.has("role") ? enumValue(n.get("role"), p + "/role", Initiative.SteeringRole.class, true) : Initiative.SteeringRole.MEMBER)
                : null);
        InitiativeState state = node.has("state") ? enumValue(node.get("state"), path + "/state", InitiativeState.class, true)
                : InitiativeState.IDEA;
        Initiative.Application application = application(node.get("application"), path + "/application", unit);
        Initiative.Statement statement = statement(node.get("statement"), path + "/statement");
        Initiative.Decision decision = decision(node.get("decision"), path + "/decision", unit);
        Initiative.Agreement agreement = agreement(node.get("agreement"), path + "/agreement", unit);
        Integer participants = node.has("budgetedParticipants")
                ? wholeNumber(node.get("budgetedParticipants"), path + "/budgetedParticipants").intValue() : null;
        return new Initiative(id, name, kind, owner, taking, text(node, path, "targetGroup", false), ageFrom, ageTo,
                list(node.get("municipalities"), path + "/municipalities", this::scalar), start, end,
                text(node, path, "purpose", false), list(node.get("goals"), path + "/goals", this::scalar),
                participants, node.has("esf") && node.get("esf").asBoolean(), contact, steering, state,
                application, statement, decision, agreement, date(node.get("closed"), path + "/closed"), assumed(node, path));
    }

    private Initiative.Contact contact(JsonNode c, String path) {
        if (c == null || !object(c, path)) {
            return null;
        }
        allowOnly(c, path, "name", "email", "phone");
        return new Initiative.Contact(text(c, path, "name", false), text(c, path, "email", false), text(c, path, "phone", false));
    }

    private Initiative.Application application(JsonNode a, String path, String unit) {
        if (a == null || !object(a, path)) {
            return null;
        }
        return new Initiative.Application(date(a.get("date"), path + "/date"), amounts(a.get("requested"), path + "/requested", unit, List.of()),
                text(a, path, "text", false));
    }

    private Initiative.Statement statement(JsonNode st, String path) {
        if (st == null || !object(st, path)) {
            return null;
        }
        return new Initiative.Statement(date(st.get("date"), path + "/date"), text(st, path, "text", true));
    }

    /** The board's decision: a grant per year ({@code granted: {2025: …}}) or a refusal ({@code granted: false}). */
    private Initiative.Decision decision(JsonNode d, String path, String unit) {
        if (d == null || !object(d, path)) {
            return null;
        }
        boolean granted = !d.has("granted") || d.get("granted").isObject();
        return new Initiative.Decision(date(d.get("date"), path + "/date"), text(d, path, "minutes", false), granted,
                granted ? amounts(d.get("granted"), path + "/granted", unit, List.of()) : new TreeMap<>(),
                text(d, path, "conditions", false), text(d, path, "refusalReason", false));
    }

    private Initiative.Agreement agreement(JsonNode ag, String path, String unit) {
        if (ag == null || !object(ag, path)) {
            return null;
        }
        List<Initiative.ReportKind> reports = list(ag.get("reports"), path + "/reports", (n, p) -> enumValue(n, p, Initiative.ReportKind.class, true));
        return new Initiative.Agreement(date(ag.get("date"), path + "/date"), date(ag.get("start"), path + "/start"),
                date(ag.get("end"), path + "/end"), amounts(ag.get("amounts"), path + "/amounts", unit, List.of()), reports);
    }

    /** The fields the file assumes ({@code assumed: [state, start, end]}): each one of {@link Initiative#ASSUMABLE} and set. */
    private List<String> assumed(JsonNode node, String path) {
        List<String> assumed = list(node.get("assumed"), path + "/assumed", (n, p) -> {
            String field = scalar(n, p);
            if (field == null) {
                return null;
            }
            if (!Initiative.ASSUMABLE.contains(field)) {
                fail(p, Text.of("file.cannotBeAssumed", field, String.join(", ", Initiative.ASSUMABLE)));
                return null;
            }
            if (!node.has(field)) {
                fail(p, Text.of("file.arMarkeratSomAntagetMen", field));
                return null;
            }
            return field;
        });
        return List.copyOf(assumed);
    }

}
