package se.samordna.plan.file;

import se.samordna.plan.Member;
import se.samordna.plan.Plan;
import se.samordna.plan.initiatives.Initiative;
import se.samordna.plan.initiatives.InitiativeKind;
import se.samordna.plan.initiatives.InitiativeState;
import se.samordna.plan.initiatives.InitiativeWorkflow;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import se.samordna.shared.Money;
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
                application, statement, decision, agreement, date(node.get("closed"), path + "/closed"), assumed(node, path));
    }

    /** The fields the file assumes ({@code assumed: [state, start, end]}): each one of {@link Initiative#ASSUMABLE} and set. */
    private List<String> assumed(JsonNode node, String path) {
        List<String> assumed = list(node.get("assumed"), path + "/assumed", (n, p) -> {
            String field = n.asString();
            if (!Initiative.ASSUMABLE.contains(field)) {
                fail(p, "'" + field + "' kan inte markeras som antaget; välj bland " + String.join(", ", Initiative.ASSUMABLE) + ".");
                return null;
            }
            if (!node.has(field)) {
                fail(p, "'" + field + "' är markerat som antaget men står inte i filen.");
                return null;
            }
            return field;
        });
        return List.copyOf(assumed);
    }

}
