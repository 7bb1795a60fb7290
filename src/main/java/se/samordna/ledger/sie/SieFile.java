package se.samordna.ledger.sie;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a SIE file says about the current financial year (year 0), in öre: the accounts with their names, opening and
 * closing balances and results as stated, the sum of the vouchers' transactions per account, and per account, month
 * and object the sums the follow-up needs. Types 1–3 carry no vouchers; their movement is the stated result or the
 * closing minus the opening balance, and their months come from #PSALDO where given.
 */
public record SieFile(int sieType, String program, String format, String companyName, String orgNumber,
                      LocalDate yearStart, LocalDate yearEnd, long vouchers, long transactions,
                      SortedMap<String, Account> accounts, Map<String, String> dimensions, Map<String, String> objects,
                      SortedMap<MonthKey, Long> months, SortedMap<MonthKey, Long> budgets, SortedMap<String, Account> yearBefore) {

    /** An account: its name and what the file states for year 0, in öre (null where not stated). */
    public record Account(String number, String name, Long opening, Long closing, Long result, long transactions) {

        /** The year's movement: the vouchers' sum in a type 4 file; otherwise the stated result, or closing minus opening. */
        public long movement(int sieType) {
            if (sieType == 4) {
                return transactions;
            }
            if (result != null) {
                return result;
            }
            return (closing == null ? 0 : closing) - (opening == null ? 0 : opening);
        }
    }

    /**
     * Sums are kept per account, month and object: {@code object} is "" for none, else "dimension:object" of the first
     * object on the row (cost centre before project when both are given).
     */
    public record MonthKey(String account, YearMonth month, String object) implements Comparable<MonthKey> {
        @Override
        public int compareTo(MonthKey other) {
            int c = account.compareTo(other.account);
            if (c != 0) {
                return c;
            }
            c = month.compareTo(other.month);
            return c != 0 ? c : object.compareTo(other.object);
        }
    }

    /** The year's result as the books give it: minus the movements of the income statement's accounts 3000–8999. */
    public long result() {
        long sum = 0;
        for (Account account : accounts.values()) {
            if (isResultAccount(account.number())) {
                sum += account.movement(sieType);
            }
        }
        return -sum;
    }

    public static boolean isResultAccount(String number) {
        if (number.length() < 4 || !Character.isDigit(number.charAt(0))) {
            return false;
        }
        int first = number.charAt(0) - '0';
        return first >= 3 && first <= 8;
    }

    /** The year before as the file states it (#UB -1, #RES -1): the accounts with a closing balance or a result. */
    static java.util.SortedMap<String, Account> yearBefore(java.util.Map<String, String> names, java.util.Map<String, Long> closing,
                                                           java.util.Map<String, Long> results) {
        java.util.SortedMap<String, Account> before = accounts(names, java.util.Map.of(), closing, results, java.util.Map.of());
        before.values().removeIf(a -> a.closing() == null && a.result() == null);
        return before;
    }

    /** Every account the file names or books, with its name, balances and movement. */
    static java.util.SortedMap<String, Account> accounts(java.util.Map<String, String> names, java.util.Map<String, Long> opening,
                                                         java.util.Map<String, Long> closing, java.util.Map<String, Long> results,
                                                         java.util.Map<String, Long> movements) {
        java.util.SortedMap<String, Account> accounts = new java.util.TreeMap<>();
        java.util.Set<String> all = new java.util.TreeSet<>(names.keySet());
        all.addAll(opening.keySet());
        all.addAll(closing.keySet());
        all.addAll(results.keySet());
        all.addAll(movements.keySet());
        for (String account : all) {
            accounts.put(account, new Account(account, names.getOrDefault(account, ""), opening.get(account), closing.get(account),
                    results.get(account), movements.getOrDefault(account, 0L)));
        }
        return accounts;
    }
}
