package se.samordna.ledger.accounts;

import java.util.ArrayList;
import java.util.List;

import se.samordna.ledger.sie.SieFile;
import se.samordna.plan.Plan;
import se.samordna.plan.YearFigures;
import se.samordna.shared.Money;
import se.samordna.shared.Text;

/**
 * The year's income statement and balance sheet from the booked accounts, with the checks the board and the auditors
 * read before signing. Amounts are positive as printed: income, costs, assets, equity and liabilities; financial items
 * net (income positive); the result signed (a surplus positive). An account's closing balance is its #UB, or its opening
 * balance plus the year's movement where the file gives none.
 */
public record AnnualAccounts(int year, IncomeStatement incomeStatement, BalanceSheet balanceSheet, List<Check> checks,
                             List<Account> accounts, Money budgetResult, Money ceiling, Money floor, CashFlow cashFlow,
                             java.time.LocalDate booksThrough, java.util.Map<String, Part> overrides) {

    /**
     * The accounts that make up one part of the statements, each with the amount the statements count for it (income,
     * costs, financial items: the year's movement; assets: the closing balance; liabilities: the closing balance, credit
     * positive), the same sums as the statements: the notes are made from these.
     */
    public List<NoteLine> noteLines(Part part) {
        List<NoteLine> lines = new ArrayList<>();
        for (Account a : accounts) {
            if (part(a.number(), overrides) != part) {
                continue;
            }
            // The year's movement for the income statement's parts, the closing balance for the balance sheet's.
            boolean movement = part == Part.INCOME || part == Part.COSTS || part == Part.FINANCIAL;
            long amount = BooksSign.toStatements(part, movement ? a.movement() : a.closing());
            if (amount != 0) {
                lines.add(new NoteLine(a.number(), a.name(), new Money(amount)));
            }
        }
        lines.sort(java.util.Comparator.comparing(NoteLine::account));
        return lines;
    }

    /** One account in a note: its number, name and the amount the statements count for it. */
    public record NoteLine(String account, String name, Money amount) {
    }

    /**
     * The accounts with the last day the books cover. Before 31 December the year is not closed: a check that does not
     * pass says so, and the report is a draft until the whole year is booked.
     */
    public AnnualAccounts withBooksThrough(java.time.LocalDate through) {
        List<Check> all = new ArrayList<>(checks);
        if (through != null && through.isBefore(java.time.LocalDate.of(year, 12, 31))) {
            all.add(new Check("YEAR_NOT_CLOSED", false, Text.of("accounts.yearNotClosed", through.toString(), year)));
        }
        return new AnnualAccounts(year, incomeStatement, balanceSheet, List.copyOf(all), accounts, budgetResult, ceiling, floor, cashFlow,
                through, overrides);
    }

    /**
     * The cash-flow analysis by the indirect method: the result, adjusted by the change in receivables and other assets
     * than cash (19xx) and the change in liabilities, is the year's change in cash.
     */
    public record CashFlow(Money result, Money changeInReceivables, Money changeInLiabilities, Money flow, Money cashOpening,
                           Money cashClosing) {
        public boolean agrees() {
            return cashClosing.minus(cashOpening).equals(flow);
        }
    }

    /** A booked account as the accounts use it: öre, debit positive. */
    public record Account(String number, String name, long opening, long closing, long movement) {

        public String accountClass() {
            return number.isEmpty() ? "" : number.substring(0, 1);
        }
    }

    public record IncomeStatement(Money income, Money costs, Money financialItems, Money result) {
    }

    public record Equity(Money opening, Money result, Money closing) {
    }

    public record BalanceSheet(Money assets, Equity equity, Money liabilities, Money equityAndLiabilities) {
    }

    /** A check before signing: its code, whether it passed, and the figures in Swedish. */
    /** A check before signing: its code, whether it passed, and what it found (from the message bundles). */
    public record Check(String code, boolean passed, Text text) {

        /** What the check found, in Swedish. */
        public String message() {
            return text.swedish();
        }

        /** What the check found, in the reader's language. */
        public String message(java.util.Locale locale) {
            return text.in(locale);
        }
    }

    public static List<Account> accounts(SieFile sie) {
        List<Account> accounts = new ArrayList<>();
        sie.accounts().values().forEach(a -> {
            long movement = a.movement(sie.sieType());
            long opening = a.opening() == null ? 0 : a.opening();
            long closing = a.closing() != null ? a.closing() : opening + movement;
            accounts.add(new Account(a.number(), a.name(), opening, closing, movement));
        });
        return accounts;
    }

    /**
     * The year before as the file states it (#UB -1, #RES -1): a result account's movement is its result, a balance
     * account stands at its closing balance. Empty when the file states nothing of it.
     */
    public static List<Account> yearBefore(SieFile sie) {
        List<Account> accounts = new ArrayList<>();
        sie.yearBefore().values().forEach(a -> accounts.add(yearBefore(a.number(), a.name(), a.closing(), a.result())));
        return accounts;
    }

    /** One account of the year before from what a file states of it: a result account's movement is its result, a balance account stands at its closing balance. */
    public static Account yearBefore(String number, String name, Long closing, Long result) {
        long balance = closing == null ? 0 : closing;
        long movement = result == null ? balance : result;
        return SieFile.isResultAccount(number) ? new Account(number, name, 0, movement, movement) : new Account(number, name, balance, balance, 0);
    }

    /** Where an account goes in the statements. */
    public enum Part { ASSETS, EQUITY, LIABILITIES, INCOME, COSTS, FINANCIAL, EXCLUDED }

    /** The standard place of an account by its class, unless an association's prefix (the longest that matches) says otherwise. */
    public static Part part(String account, java.util.Map<String, Part> overrides) {
        String best = null;
        for (String prefix : overrides.keySet()) {
            if (account.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        if (best != null) {
            return overrides.get(best);
        }
        if (account.startsWith("20")) {
            return Part.EQUITY;
        }
        return switch (account.isEmpty() ? ' ' : account.charAt(0)) {
            case '1' -> Part.ASSETS;
            case '2' -> Part.LIABILITIES;
            case '3' -> Part.INCOME;
            case '4', '5', '6', '7' -> Part.COSTS;
            case '8' -> Part.FINANCIAL;
            default -> Part.EXCLUDED;
        };
    }

    /**
     * The closing equity the accounts give: the equity accounts' closing balances when the result is on them, else the
     * opening equity plus the year's result (the same figure as the balance sheet's {@code equity.closing}).
     */
    /** The opening equity the accounts give (the equity accounts' opening balances, credit positive). */
    public static Money openingEquity(List<Account> accounts) {
        return new Money(sums(accounts, java.util.Map.of()).equityOpening());
    }

    public static Money closingEquity(List<Account> accounts) {
        return new Money(sums(accounts, java.util.Map.of()).equityClosing());
    }

    public static AnnualAccounts of(List<Account> accounts, Plan plan, int year) {
        return of(accounts, plan, year, java.util.Map.of());
    }

    /** The year's sums by part of the statements, in öre, as printed (income, costs, equity positive). */
    private record Sums(long income, long costs, long financial, long assets, long equityOpening, long equityBooked,
                        long liabilities, long contributionsBooked) {

        long result() {
            return income - costs + financial;
        }

        /**
         * When the year is not yet closed in the books, the result is not on the equity accounts: the closing equity is
         * the opening equity plus the result. When it is, the booked closing equity already holds it.
         */
        long equityClosing() {
            boolean resultBooked = equityBooked != equityOpening || result() == 0;
            return resultBooked ? equityBooked : equityOpening + result();
        }
    }

    private static Sums sums(List<Account> accounts, java.util.Map<String, Part> overrides) {
        long income = 0;
        long costs = 0;
        long financial = 0;
        long assets = 0;
        long equityOpening = 0;
        long equityBooked = 0;
        long liabilities = 0;
        long contributionsBooked = 0;
        for (Account a : accounts) {
            Part part = part(a.number(), overrides);
            switch (part) {
                case ASSETS -> assets += BooksSign.toStatements(part, a.closing());
                case EQUITY -> {
                    equityOpening += BooksSign.toStatements(part, a.opening());
                    equityBooked += BooksSign.toStatements(part, a.closing());
                }
                case LIABILITIES -> liabilities += BooksSign.toStatements(part, a.closing());
                case INCOME -> {
                    income += BooksSign.toStatements(part, a.movement());
                    if (a.number().startsWith("30")) {
                        contributionsBooked += BooksSign.toStatements(part, a.movement());
                    }
                }
                case COSTS -> costs += BooksSign.toStatements(part, a.movement());
                case FINANCIAL -> financial += BooksSign.toStatements(part, a.movement());
                case EXCLUDED -> {
                    // Not part of the statements.
                }
            }
        }
        return new Sums(income, costs, financial, assets, equityOpening, equityBooked, liabilities, contributionsBooked);
    }

    public static AnnualAccounts of(List<Account> accounts, Plan plan, int year, java.util.Map<String, Part> overrides) {
        Sums sums = sums(accounts, overrides);
        long income = sums.income();
        long costs = sums.costs();
        long financial = sums.financial();
        long assets = sums.assets();
        long equityOpening = sums.equityOpening();
        long liabilities = sums.liabilities();
        long contributionsBooked = sums.contributionsBooked();
        long result = sums.result();
        long equityClosing = sums.equityClosing();
        Equity equity = new Equity(new Money(equityOpening), new Money(result), new Money(equityClosing));
        BalanceSheet balance = new BalanceSheet(new Money(assets), equity, new Money(liabilities), new Money(equityClosing + liabilities));
        IncomeStatement statement = new IncomeStatement(new Money(income), new Money(costs), new Money(financial), new Money(result));

        se.samordna.plan.PlanFigures planFigures = se.samordna.plan.PlanFigures.of(plan);
        YearFigures figures = planFigures.year(year).orElse(null);
        Money budgetResult = figures == null ? null : figures.result();
        List<Check> checks = checks(accounts, plan, year, figures, assets, equityOpening, equityClosing, liabilities, income, costs,
                financial, contributionsBooked);
        return new AnnualAccounts(year, statement, balance, List.copyOf(checks), List.copyOf(accounts), budgetResult,
                figures == null ? null : figures.equityCeiling(), planFigures.floor(), cashFlow(accounts, result), null, java.util.Map.copyOf(overrides));
    }

    private static List<Check> checks(List<Account> accounts, Plan plan, int year, YearFigures figures, long assets, long equityOpening,
                                      long equityClosing, long liabilities, long income, long costs, long financial, long contributionsBooked) {
        long result = income - costs + financial;
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("BALANCE_SHEET_BALANCES", assets == equityClosing + liabilities, assets == equityClosing + liabilities
                ? Text.of("accounts.balances", kr(assets), kr(equityClosing + liabilities))
                : Text.of("accounts.doesNotBalance", kr(assets), kr(equityClosing + liabilities), kr(assets - equityClosing - liabilities))));
        boolean chain = equityClosing == equityOpening + result;
        checks.add(new Check("EQUITY_CHAIN", chain, chain
                ? Text.of("accounts.equityChain", kr(equityClosing), kr(equityOpening), kr(result))
                : Text.of("accounts.equityChainBroken", kr(equityClosing), kr(equityOpening), kr(result), kr(equityClosing - equityOpening - result))));
        checks.add(new Check("RESULT", true, financial == 0
                ? Text.of("accounts.result", kr(result), kr(income), kr(costs))
                : Text.of("accounts.resultWithFinancial", kr(result), kr(income), kr(costs), kr(financial))));
        Money planned = plan.allocations().stream().filter(a -> a.year() == year).findFirst().map(Plan.Allocation::total)
                .orElse(figures == null ? null : figures.contributions());
        if (planned != null) {
            boolean same = planned.ore() == contributionsBooked;
            checks.add(new Check("CONTRIBUTIONS", same, same
                    ? Text.of("accounts.contributions", kr(contributionsBooked))
                    : Text.of("accounts.contributionsDiffer", kr(contributionsBooked), kr(planned.ore()), kr(contributionsBooked - planned.ore()))));
        }
        long unplaced = accounts.stream().filter(a -> !List.of("1", "2", "3", "4", "5", "6", "7", "8").contains(a.accountClass()))
                .filter(a -> a.closing() != 0 || a.movement() != 0).count();
        if (unplaced > 0) {
            checks.add(new Check("UNPLACED_ACCOUNTS", false, Text.of("accounts.unplaced", unplaced)));
        }
        return checks;
    }

    private static CashFlow cashFlow(List<Account> accounts, long result) {
        long cashOpening = 0;
        long cashClosing = 0;
        long otherAssetsChange = 0;
        long liabilitiesChange = 0;
        for (Account a : accounts) {
            if (a.number().startsWith("19")) {
                cashOpening += a.opening();
                cashClosing += a.closing();
            } else if (a.accountClass().equals("1")) {
                otherAssetsChange += a.closing() - a.opening();
            } else if (a.accountClass().equals("2") && !a.number().startsWith("20")) {
                liabilitiesChange += BooksSign.toStatements(Part.LIABILITIES, a.closing() - a.opening());
            }
        }
        return new CashFlow(new Money(result), new Money(-otherAssetsChange), new Money(liabilitiesChange),
                new Money(result - otherAssetsChange + liabilitiesChange), new Money(cashOpening), new Money(cashClosing));
    }

    /**
     * The figures as the command line and the API print them: {@code year}, {@code incomeStatement}, {@code balanceSheet}
     * and {@code checks}, amounts in kronor with at most two decimals.
     */
    public java.util.Map<String, Object> summary() {
        java.util.Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("year", year);
        if (booksThrough != null) {
            result.put("booksThrough", booksThrough.toString());
        }
        java.util.Map<String, Object> statement = new java.util.LinkedHashMap<>();
        statement.put("income", kronor(incomeStatement.income()));
        statement.put("costs", kronor(incomeStatement.costs()));
        statement.put("financialItems", kronor(incomeStatement.financialItems()));
        statement.put("result", kronor(incomeStatement.result()));
        result.put("incomeStatement", statement);
        java.util.Map<String, Object> balance = new java.util.LinkedHashMap<>();
        balance.put("assets", kronor(balanceSheet.assets()));
        java.util.Map<String, Object> equity = new java.util.LinkedHashMap<>();
        equity.put("opening", kronor(balanceSheet.equity().opening()));
        equity.put("result", kronor(balanceSheet.equity().result()));
        equity.put("closing", kronor(balanceSheet.equity().closing()));
        balance.put("equity", equity);
        balance.put("liabilities", kronor(balanceSheet.liabilities()));
        balance.put("equityAndLiabilities", kronor(balanceSheet.equityAndLiabilities()));
        result.put("balanceSheet", balance);
        result.put("checks", checks.stream().map(c -> {
            java.util.Map<String, Object> check = new java.util.LinkedHashMap<>();
            check.put("code", c.code());
            check.put("passed", c.passed());
            check.put("message", c.message());
            return check;
        }).toList());
        return result;
    }

    private static java.math.BigDecimal kronor(Money amount) {
        return kronor(amount.ore());
    }

    /** Öre as kronor for JSON: a number with at most two decimals and no trailing zeros. */
    public static java.math.BigDecimal kronor(long ore) {
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(ore, 2).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    public boolean allChecksPass() {
        return checks.stream().allMatch(Check::passed);
    }

    /** The accounts behind one part of the statements, for the page that makes every figure traceable. */
    public List<Account> accountsOf(String... classes) {
        List<String> wanted = List.of(classes);
        return accounts.stream().filter(a -> wanted.contains(a.accountClass())).filter(a -> a.closing() != 0 || a.movement() != 0).toList();
    }

    static String kr(long ore) {
        return se.samordna.shared.MoneyFormat.kronor(new Money(ore));
    }
}
