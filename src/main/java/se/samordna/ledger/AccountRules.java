package se.samordna.ledger;

import se.samordna.shared.AssociationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.plan.Plan;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/**
 * The association's rules from accounts to budget lines, versioned (a change names the version it started from) and
 * audited, with suggestions read from the lines' own numbers.
 */
@Service
public class AccountRules {

    private static final Pattern RANGE = Pattern.compile("(\\d{2,6})\\s*[-–]\\s*(\\d{2,6})");

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    AccountRules(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public record Rules(List<AccountRule> rules, long version) {

        /**
         * The rules with their lines' labels as {@code plan} names them (a renamed line keeps its rules); a rule whose line
         * the plan does not hold keeps the label it was made with.
         */
        public Rules labelled(Plan plan) {
            Map<String, String[]> labels = new java.util.HashMap<>();
            plan.budget().groups().forEach(g -> g.lines().forEach(l -> {
                if (l.id() != null) {
                    labels.put(l.id(), new String[]{g.name(), l.name()});
                }
            }));
            return new Rules(rules.stream().map(r -> r.lineId() != null && labels.containsKey(r.lineId())
                    ? r.labelled(labels.get(r.lineId())[0], labels.get(r.lineId())[1]) : r).toList(), version);
        }

        /** The rules whose line {@code plan} does not hold (the line was removed): their accounts count as unmapped. */
        public List<AccountRule> withoutLine(Plan plan) {
            java.util.Set<String> ids = lineIds(plan);
            return rules.stream().filter(r -> r.lineId() == null || !ids.contains(r.lineId())).toList();
        }
    }

    static java.util.Set<String> lineIds(Plan plan) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        plan.budget().groups().forEach(g -> g.lines().forEach(l -> {
            if (l.id() != null) {
                ids.add(l.id());
            }
        }));
        return ids;
    }

    /** The rules that point at the line with this id. */
    public List<AccountRule> forLine(AssociationId associationId, String lineId) {
        return of(associationId).rules().stream().filter(r -> lineId.equals(r.lineId())).toList();
    }

    public Rules of(AssociationId associationId) {
        List<AccountRule> rules = new ArrayList<>(jdbc.sql("""
                select id, account_from, account_to, object, line_id, line_group, line_name from ledger_mapping where association_id = :a""")
                .param("a", associationId.value()).query((rs, n) -> new AccountRule(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))).list());
        rules.sort(AccountRule.MOST_SPECIFIC_FIRST);
        long version = jdbc.sql("select version from ledger_mapping_version where association_id = :a").param("a", associationId.value())
                .query(Long.class).optional().orElse(0L);
        return new Rules(List.copyOf(rules), version);
    }

    /**
     * Rules suggested from the budget lines' numbers: a four-digit number is a BAS account ("6550", with its sub-accounts),
     * "4000-4999" a range of them, "35000-35" cost centre 35000 (dimension 1) with the accounts starting 35, and a number
     * of one to three digits a project (dimension 6, "201") over every income and cost account. Lines that already have a
     * rule, and numbers that say nothing of this kind, give none.
     */
    public static List<AccountRule> suggestions(Plan plan, List<AccountRule> existing) {
        List<AccountRule> suggested = new ArrayList<>();
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                if (line.ref() == null || existing.stream().anyMatch(r -> line.id() != null ? line.id().equals(r.lineId())
                        : group.name().equals(r.group()) && line.name().equals(r.line()))) {
                    continue;
                }
                suggestion(line.ref().strip(), group.name(), line.name()).map(r -> r.forLine(line.id())).ifPresent(suggested::add);
            }
        }
        return suggested;
    }

    private static java.util.Optional<AccountRule> suggestion(String ref, String group, String line) {
        Matcher range = RANGE.matcher(ref);
        if (ref.matches("\\d{4}")) {
            return java.util.Optional.of(new AccountRule(null, ref, ref, null, group, line));
        }
        if (ref.matches("\\d{1,3}")) {
            return java.util.Optional.of(new AccountRule(null, "3", "8", "6:" + ref, group, line));
        }
        if (range.matches() && range.group(1).length() == 4 && range.group(2).length() == 4 && range.group(1).compareTo(range.group(2)) <= 0) {
            return java.util.Optional.of(new AccountRule(null, range.group(1), range.group(2), null, group, line));
        }
        if (range.matches() && range.group(1).length() > range.group(2).length()) {
            return java.util.Optional.of(new AccountRule(null, range.group(2), range.group(2), "1:" + range.group(1), group, line));
        }
        return java.util.Optional.empty();
    }

    /** Adds rules (one, or all the suggestions at once) when the rules are still at {@code version}. */
    @Transactional
    public Rules add(AssociationId associationId, List<AccountRule> rules, Plan plan, long version) {
        lock(associationId, version);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        List<AccountRule> resolved = new ArrayList<>();
        for (AccountRule rule : rules) {
            AccountRule withLine = onLine(rule, plan);
            check(withLine, plan, problems);
            resolved.add(withLine);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (AccountRule rule : resolved) {
            jdbc.sql("""
                    insert into ledger_mapping (id, association_id, account_from, account_to, object, line_id, line_group, line_name, created_by)
                    values (:id, :a, :f, :t, :o, :li, :g, :l, :u)""")
                    .param("id", UUID.randomUUID()).param("a", associationId.value()).param("f", rule.from()).param("t", rule.to())
                    .param("o", rule.object()).param("li", rule.lineId()).param("g", rule.group()).param("l", rule.line())
                    .param("u", AuditLog.currentActor()).update();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("accounts", rule.accounts());
            details.put("line", rule.group() + " / " + rule.line());
            auditLog.record(associationId, "account-rule", rule.accounts(), "added", details);
        }
        return of(associationId);
    }

    @Transactional
    public Rules remove(AssociationId associationId, UUID ruleId, long version) {
        lock(associationId, version);
        AccountRule rule = of(associationId).rules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("error.kopplingenFinnsInte")));
        jdbc.sql("delete from ledger_mapping where association_id = :a and id = :id").param("a", associationId.value()).param("id", ruleId).update();
        auditLog.record(associationId, "account-rule", rule.accounts(), "removed", Map.of("line", rule.group() + " / " + rule.line()));
        return of(associationId);
    }

    private void lock(AssociationId associationId, long version) {
        jdbc.sql("insert into ledger_mapping_version (association_id, version) values (:a, 0) on conflict do nothing").param("a", associationId.value()).update();
        int updated = jdbc.sql("update ledger_mapping_version set version = version + 1 where association_id = :a and version = :v")
                .param("a", associationId.value()).param("v", version).update();
        if (updated != 1) {
            throw new ConflictException(Text.of("error.kontokopplingarnaHarAndratsAvNagon"));
        }
    }

    /** The rule with its line's id and current label: by the id it names, else by its group and name in {@code plan}. */
    private static AccountRule onLine(AccountRule rule, Plan plan) {
        for (Plan.LineGroup group : plan.budget().groups()) {
            for (Plan.BudgetLine line : group.lines()) {
                boolean same = rule.lineId() != null ? rule.lineId().equals(line.id())
                        : group.name().equals(rule.group()) && line.name().equals(rule.line());
                if (same && line.id() != null) {
                    return new AccountRule(rule.id(), rule.from(), rule.to(), rule.object(), line.id(), group.name(), line.name());
                }
            }
        }
        return rule;
    }

    private static void check(AccountRule rule, Plan plan, List<InvalidInputException.Problem> problems) {
        String label = rule.from() + (rule.from().equals(rule.to()) ? "" : "–" + rule.to());
        if (rule.from() == null || !rule.from().matches("\\d{1,10}") || rule.to() == null || !rule.to().matches("\\d{1,10}")) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.konton"), Text.of("error.skrivEttKontoEllerKontointervall")));
            return;
        }
        if (rule.from().length() != rule.to().length() || rule.from().compareTo(rule.to()) > 0) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.konton"), Text.of("error.intervalletSkaHaLikaManga", label)));
        }
        if (rule.object() != null && !rule.object().matches("[0-9A-Za-z]{1,10}:[^\\s]{1,40}")) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.objekt"), Text.of("error.skrivObjektetSomDimensionObjekt")));
        }
        if (rule.lineId() == null || !lineIds(plan).contains(rule.lineId())) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.budgetrad"), Text.of("error.budgetradenFinnsInteIPlanen",
                    rule.line() != null ? rule.line() : rule.lineId())));
        }
    }

}
