package se.samordna.ledger;

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
    }

    public Rules of(UUID associationId) {
        List<AccountRule> rules = new ArrayList<>(jdbc.sql("""
                select id, account_from, account_to, object, line_group, line_name from ledger_mapping where association_id = :a""")
                .param("a", associationId).query((rs, n) -> new AccountRule(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list());
        rules.sort(AccountRule.MOST_SPECIFIC_FIRST);
        long version = jdbc.sql("select version from ledger_mapping_version where association_id = :a").param("a", associationId)
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
                if (line.ref() == null || existing.stream().anyMatch(r -> r.group().equals(group.name()) && r.line().equals(line.name()))) {
                    continue;
                }
                suggestion(line.ref().strip(), group.name(), line.name()).ifPresent(suggested::add);
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
    public Rules add(UUID associationId, List<AccountRule> rules, Plan plan, long version) {
        lock(associationId, version);
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (AccountRule rule : rules) {
            check(rule, plan, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (AccountRule rule : rules) {
            jdbc.sql("""
                    insert into ledger_mapping (id, association_id, account_from, account_to, object, line_group, line_name, created_by)
                    values (:id, :a, :f, :t, :o, :g, :l, :u)""")
                    .param("id", UUID.randomUUID()).param("a", associationId).param("f", rule.from()).param("t", rule.to())
                    .param("o", rule.object()).param("g", rule.group()).param("l", rule.line()).param("u", AuditLog.currentActor()).update();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("accounts", rule.accounts());
            details.put("line", rule.group() + " / " + rule.line());
            auditLog.record(associationId, "account-rule", rule.accounts(), "added", details);
        }
        return of(associationId);
    }

    @Transactional
    public Rules remove(UUID associationId, UUID ruleId, long version) {
        lock(associationId, version);
        AccountRule rule = of(associationId).rules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("error.kopplingenFinnsInte")));
        jdbc.sql("delete from ledger_mapping where association_id = :a and id = :id").param("a", associationId).param("id", ruleId).update();
        auditLog.record(associationId, "account-rule", rule.accounts(), "removed", Map.of("line", rule.group() + " / " + rule.line()));
        return of(associationId);
    }

    private void lock(UUID associationId, long version) {
        jdbc.sql("insert into ledger_mapping_version (association_id, version) values (:a, 0) on conflict do nothing").param("a", associationId).update();
        int updated = jdbc.sql("update ledger_mapping_version set version = version + 1 where association_id = :a and version = :v")
                .param("a", associationId).param("v", version).update();
        if (updated != 1) {
            throw new ConflictException(Text.of("error.kontokopplingarnaHarAndratsAvNagon"));
        }
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
        boolean lineExists = plan.budget().groups().stream().anyMatch(g -> g.name().equals(rule.group())
                && g.lines().stream().anyMatch(l -> l.name().equals(rule.line())));
        if (!lineExists) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.budgetrad"), Text.of("error.budgetradenFinnsInteIPlanen", rule.line())));
        }
    }

}
