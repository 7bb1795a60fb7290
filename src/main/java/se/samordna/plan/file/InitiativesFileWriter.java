package se.samordna.plan.file;

import se.samordna.plan.Initiative;

import java.util.LinkedHashMap;
import java.util.Map;

/** Writes an initiative as the plan file carries it. */
final class InitiativesFileWriter {

    private InitiativesFileWriter() {
    }

    static Map<String, Object> initiative(Initiative i, String unit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("name", i.name());
        describe(i, out);
        workflow(i, unit, out);
        FileValues.putIfSet(out, "closed", i.closed() == null ? null : i.closed().toString());
        if (i.assumed() != null && !i.assumed().isEmpty()) {
            out.put("assumed", i.assumed());
        }
        return out;
    }

    /** What the initiative is: kind, owner, members, target group, time, purpose, goals, contact, steering group. */
    private static void describe(Initiative i, Map<String, Object> out) {
        out.put("kind", i.kind().name());
        FileValues.putIfSet(out, "owner", i.owner());
        out.put("members", i.members());
        FileValues.putIfSet(out, "targetGroup", i.targetGroup());
        if (i.ageFrom() != null || i.ageTo() != null) {
            Map<String, Object> ages = new LinkedHashMap<>();
            FileValues.putIfSet(ages, "from", i.ageFrom());
            FileValues.putIfSet(ages, "to", i.ageTo());
            out.put("ages", ages);
        }
        if (!i.municipalities().isEmpty()) {
            out.put("municipalities", i.municipalities());
        }
        FileValues.putIfSet(out, "start", i.start() == null ? null : i.start().toString());
        FileValues.putIfSet(out, "end", i.end() == null ? null : i.end().toString());
        FileValues.putIfSet(out, "purpose", i.purpose());
        if (!i.goals().isEmpty()) {
            out.put("goals", i.goals());
        }
        FileValues.putIfSet(out, "budgetedParticipants", i.budgetedParticipants());
        if (i.esf()) {
            out.put("esf", true);
        }
        if (i.contact() != null) {
            Map<String, Object> contact = new LinkedHashMap<>();
            FileValues.putIfSet(contact, "name", i.contact().name());
            FileValues.putIfSet(contact, "email", i.contact().email());
            FileValues.putIfSet(contact, "phone", i.contact().phone());
            out.put("contact", contact);
        }
        if (!i.steeringGroup().isEmpty()) {
            out.put("steeringGroup", i.steeringGroup().stream().map(m -> {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("name", m.name());
                FileValues.putIfSet(member, "member", m.member());
                member.put("role", m.role().name());
                return member;
            }).toList());
        }
    }

    /** Where the initiative stands: its state and each step of the workflow taken so far. */
    private static void workflow(Initiative i, String unit, Map<String, Object> out) {
        out.put("state", i.state().name());
        if (i.application() != null) {
            Map<String, Object> a = new LinkedHashMap<>();
            FileValues.putIfSet(a, "date", i.application().date() == null ? null : i.application().date().toString());
            a.put("requested", FileValues.amounts(i.application().requested(), unit));
            FileValues.putIfSet(a, "text", i.application().text());
            out.put("application", a);
        }
        if (i.statement() != null) {
            Map<String, Object> st = new LinkedHashMap<>();
            FileValues.putIfSet(st, "date", i.statement().date() == null ? null : i.statement().date().toString());
            st.put("text", i.statement().text());
            out.put("statement", st);
        }
        if (i.decision() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            FileValues.putIfSet(d, "date", i.decision().date() == null ? null : i.decision().date().toString());
            FileValues.putIfSet(d, "minutes", i.decision().minutes());
            d.put("granted", i.decision().granted() ? FileValues.amounts(i.decision().amounts(), unit) : false);
            FileValues.putIfSet(d, "conditions", i.decision().conditions());
            FileValues.putIfSet(d, "refusalReason", i.decision().refusalReason());
            out.put("decision", d);
        }
        if (i.agreement() != null) {
            Map<String, Object> ag = new LinkedHashMap<>();
            FileValues.putIfSet(ag, "date", i.agreement().date() == null ? null : i.agreement().date().toString());
            FileValues.putIfSet(ag, "start", i.agreement().start() == null ? null : i.agreement().start().toString());
            FileValues.putIfSet(ag, "end", i.agreement().end() == null ? null : i.agreement().end().toString());
            ag.put("amounts", FileValues.amounts(i.agreement().amounts(), unit));
            ag.put("reports", i.agreement().reports().stream().map(Enum::name).toList());
            out.put("agreement", ag);
        }
    }
}
