package se.samordna.ledger.sie;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import se.samordna.shared.Text;

/**
 * Reads a SIE file once, line by line, keeping only what {@link SieFile} holds. Everything wrong is collected with its
 * line (up to {@link #MAX_PROBLEMS}); a file with any problem is refused as a whole ({@link SieException}).
 *
 * <p>Checked: the labels the format defines in the places it allows them (inside a voucher only #TRANS, #RTRANS and
 * #BTRANS), every amount (a point, at most two decimals, at most 13 digits before it), every date (YYYYMMDD), that each
 * voucher balances to the öre and lies within the financial year (#RAR 0), and that the file does not end inside a
 * voucher. Labels the format adds later are skipped outside vouchers, as the description asks of readers. #KSUMMA is
 * read but its checksum is not verified.
 */
public final class SieReader {

    public static final int MAX_PROBLEMS = 50;

    /** The longest line kept, in characters; a longer one is a problem at its line, and is not held in memory. */
    static final int MAX_LINE = 10_000;
    public static final Charset PC8 = Charset.forName("IBM437");

    private final List<SieException.Problem> problems = new ArrayList<>();
    private long line;
    private int sieType;
    private String program;
    private String format;
    private String companyName;
    private String orgNumber;
    private LocalDate yearStart;
    private LocalDate yearEnd;
    private long vouchers;
    private long transactions;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Long> opening = new HashMap<>();
    private final Map<String, Long> closing = new HashMap<>();
    private final Map<String, Long> results = new HashMap<>();
    private final Map<String, Long> priorClosing = new HashMap<>();
    private final Map<String, Long> priorResults = new HashMap<>();
    private final Map<String, Long> movements = new HashMap<>();
    private final Map<String, String> dimensions = new LinkedHashMap<>();
    private final Map<String, String> objects = new LinkedHashMap<>();
    private final SortedMap<SieFile.MonthKey, Long> months = new TreeMap<>();
    private final SortedMap<SieFile.MonthKey, Long> budgets = new TreeMap<>();
    private final SortedMap<SieFile.MonthKey, Long> balances = new TreeMap<>();
    /** Vouchers whose date is checked once #RAR is known (it may come after them in a careless file). */
    private final List<long[]> voucherDates = new ArrayList<>();

    private SieReader() {
    }

    /** Reads the whole file; the stream is not closed. */
    public static SieFile read(InputStream in) throws IOException {
        return new SieReader().readAll(in);
    }

    private SieFile readAll(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        Charset charset = SieEncoding.of(in);
        BoundedLines reader = new BoundedLines(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), MAX_LINE);
        Voucher voucher = null;
        String text;
        try {
            // Read to the end even past the problems shown: an unbalanced voucher further on is what matters most.
            while ((text = reader.next()) != null) {
                line++;
                if (text.length() > MAX_LINE) {
                    problem("sie.lineTooLong", MAX_LINE);
                    continue;
                }
                if (text.indexOf('\0') >= 0) {
                    problem("sie.nulCharacter");
                    continue;
                }
                String trimmed = text.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                voucher = record(trimmed, voucher);
            }
        } catch (CharacterCodingException e) {
            problem("sie.charset", charset.displayName());
        }
        if (voucher != null && problems.size() < MAX_PROBLEMS) {
            problems.add(new SieException.Problem(voucher.line, Text.of("sie.endsInVoucher")));
        }
        finish();
        if (!unbalanced.isEmpty()) {
            // The imbalance first and alone: what else looks wrong may only be its consequence.
            throw new SieException(unbalanced.size() > MAX_PROBLEMS ? unbalanced.subList(0, MAX_PROBLEMS) : unbalanced);
        }
        if (problems.size() >= MAX_PROBLEMS) {
            problems.add(new SieException.Problem(0, Text.of("sie.tooManyProblems", MAX_PROBLEMS)));
        }
        if (!problems.isEmpty()) {
            throw new SieException(problems);
        }
        SortedMap<SieFile.MonthKey, Long> monthly = vouchers > 0 ? months : balances;
        return new SieFile(sieType, program, format, companyName, orgNumber, yearStart, yearEnd, vouchers, transactions,
                SieFile.accounts(names, opening, closing, results, movements), dimensions, objects, monthly, budgets,
                SieFile.yearBefore(names, priorClosing, priorResults));
    }

    private static final class Voucher {
        final long line;
        final LocalDate date;
        final String name;
        long sum;
        boolean open;

        Voucher(long line, LocalDate date, String name) {
            this.line = line;
            this.date = date;
            this.name = name;
        }
    }

    /** Vouchers that do not balance: named first and alone, since every figure after them is off by as much. */
    private final List<SieException.Problem> unbalanced = new ArrayList<>();

    private Voucher record(String text, Voucher voucher) {
        if (voucher != null && !voucher.open) {
            if (!text.equals("{")) {
                problem("sie.voucherNeedsBrace", voucher.line);
                return null;
            }
            voucher.open = true;
            return voucher;
        }
        if (text.equals("}")) {
            if (voucher == null) {
                problem("sie.braceWithoutVoucher");
                return null;
            }
            if (voucher.sum != 0) {
                unbalanced.add(new SieException.Problem(voucher.line, Text.of("sie.unbalancedVoucher", voucher.name,
                        voucher.date == null ? "–" : voucher.date.toString(), SieTokens.kronor(voucher.sum))));
            }
            return null;
        }
        List<Object> fields = SieTokens.split(text);
        if (fields == null) {
            problem("sie.unclosed");
            return voucher;
        }
        if (fields.isEmpty() || !(fields.get(0) instanceof String label) || !label.startsWith("#")) {
            problem("sie.noLabel");
            return voucher;
        }
        if (voucher != null) {
            switch (label) {
                case "#TRANS" -> transaction(fields, voucher);
                case "#RTRANS", "#BTRANS" -> checkTransaction(fields);
                default -> problem("sie.labelInVoucher", label);
            }
            return voucher;
        }
        if (label.equals("#VER")) {
            return voucher(fields);
        }
        topLevel(label, fields);
        return null;
    }

    /** A record outside the vouchers. */
    private void topLevel(String label, List<Object> fields) {
        switch (label) {
            case "#TRANS", "#RTRANS", "#BTRANS" -> problem("sie.transOutsideVoucher", label);
            case "#SIETYP" -> sieType(fields);
            case "#PROGRAM" -> program = SieTokens.string(fields, 1);
            case "#FORMAT" -> format(fields);
            case "#FNAMN" -> companyName = SieTokens.string(fields, 1);
            case "#ORGNR" -> orgNumber = SieTokens.string(fields, 1);
            case "#RAR" -> financialYear(fields);
            case "#KONTO" -> account(fields);
            case "#DIM", "#UNDERDIM" -> {
                dimensions.put(SieTokens.string(fields, 1), SieTokens.string(fields, 2));
                bound(dimensions.size(), SieBounds.MAX_DIMENSIONS, "sie.tooManyDimensions");
            }
            case "#OBJEKT" -> {
                objects.put(SieTokens.string(fields, 1) + ":" + SieTokens.string(fields, 2), SieTokens.string(fields, 3));
                bound(objects.size(), SieBounds.MAX_OBJECTS, "sie.tooManyObjects");
            }
            case "#IB" -> balance(fields, opening, null);
            case "#UB" -> balance(fields, closing, priorClosing);
            case "#RES" -> balance(fields, results, priorResults);
            case "#OIB", "#OUB" -> objectBalance(fields);
            case "#PSALDO" -> period(fields, balances);
            case "#PBUDGET" -> period(fields, budgets);
            default -> {
                // #FLAGGA, #GEN, #KTYP, #SRU, #KSUMMA, #ADRESS, #PROSA, …: not needed for the follow-up; and a label from a
                // later version of the format is skipped, as readers are asked to.
            }
        }
    }

    private void sieType(List<Object> fields) {
        String value = SieTokens.string(fields, 1);
        if (!value.matches("[1-4]")) {
            problem("sie.badType", value);
            return;
        }
        sieType = Integer.parseInt(value);
    }

    private void format(List<Object> fields) {
        format = SieTokens.string(fields, 1);
        if (!"PC8".equalsIgnoreCase(format)) {
            problem("sie.badFormat", format);
        }
    }

    private void financialYear(List<Object> fields) {
        if (!"0".equals(SieTokens.string(fields, 1))) {
            return;
        }
        LocalDate start = date(SieTokens.string(fields, 2), "#RAR");
        LocalDate end = date(SieTokens.string(fields, 3), "#RAR");
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                problem("sie.yearEndsBeforeStart", end, start);
            }
            yearStart = start;
            yearEnd = end;
        }
    }

    private void account(List<Object> fields) {
        String number = SieTokens.string(fields, 1);
        if (!number.matches("[0-9A-Za-z]{1,20}")) {
            problem("sie.badAccount", number);
            return;
        }
        names.put(number, SieTokens.string(fields, 2));
        bound(names.size(), SieBounds.MAX_ACCOUNTS, "sie.tooManyAccounts");
    }

    private void bound(int size, int max, String key) {
        SieBounds.check(size, max, key, line);
    }

    private void balance(List<Object> fields, Map<String, Long> into, Map<String, Long> yearBefore) {
        String year = SieTokens.string(fields, 1);
        String account = SieTokens.string(fields, 2);
        Long amount = ore(SieTokens.string(fields, 3));
        if (!year.matches("-?\\d{1,2}")) {
            problem("sie.badYearNumber", year);
        } else if (amount != null && ("0".equals(year) || "-1".equals(year) && yearBefore != null)) {
            Map<String, Long> target = "0".equals(year) ? into : yearBefore;
            target.merge(account, amount, Long::sum);
            bound(target.size(), SieBounds.MAX_ACCOUNTS, "sie.tooManyAccounts");
        }
    }

    private void objectBalance(List<Object> fields) {
        if (!(SieTokens.field(fields, 3) instanceof List<?>)) {
            problem("sie.noObjectList");
        }
        ore(SieTokens.string(fields, 4));
    }

    private void period(List<Object> fields, SortedMap<SieFile.MonthKey, Long> into) {
        String year = SieTokens.string(fields, 1);
        String period = SieTokens.string(fields, 2);
        String account = SieTokens.string(fields, 3);
        Object objectList = SieTokens.field(fields, 4);
        Long amount = ore(SieTokens.string(fields, 5));
        YearMonth month = null;
        try {
            month = YearMonth.parse(period, DateTimeFormatter.ofPattern("yyyyMM"));
        } catch (DateTimeParseException e) {
            problem("sie.badPeriod", period);
        }
        if (!(objectList instanceof List<?> list)) {
            problem("sie.noObjectList");
            return;
        }
        if (amount != null && month != null && "0".equals(year)) {
            into.merge(new SieFile.MonthKey(account, month, SieTokens.object(list)), amount, Long::sum);
            bound(into.size(), SieBounds.MAX_MONTH_SUMS, "sie.tooManySums");
        }
    }

    private Voucher voucher(List<Object> fields) {
        LocalDate date = date(SieTokens.string(fields, 3), "#VER");
        vouchers++;
        String series = SieTokens.string(fields, 1);
        String number = SieTokens.string(fields, 2);
        String name = (series + " " + number).strip();
        Voucher voucher = new Voucher(line, date, name.length() > 40 ? name.substring(0, 40) : name);
        if (date != null) {
            voucherDates.add(new long[]{line, date.toEpochDay()});
        }
        return voucher;
    }

    private void transaction(List<Object> fields, Voucher voucher) {
        String account = SieTokens.string(fields, 1);
        Object objectList = SieTokens.field(fields, 2);
        if (!(objectList instanceof List<?> list)) {
            problem("sie.transNeedsObjects");
            return;
        }
        Long amount = ore(SieTokens.string(fields, 3));
        if (amount == null) {
            return;
        }
        if (account.isEmpty()) {
            problem("sie.transWithoutAccount");
            return;
        }
        String transDate = SieTokens.string(fields, 4);
        LocalDate date = transDate.isEmpty() ? voucher.date : date(transDate, "#TRANS");
        voucher.sum += amount;
        transactions++;
        movements.merge(account, amount, Long::sum);
        bound(movements.size(), SieBounds.MAX_ACCOUNTS, "sie.tooManyAccounts");
        if (date != null) {
            months.merge(new SieFile.MonthKey(account, YearMonth.from(date), SieTokens.object(list)), amount, Long::sum);
            bound(months.size(), SieBounds.MAX_MONTH_SUMS, "sie.tooManySums");
        }
    }

    private void checkTransaction(List<Object> fields) {
        if (!(SieTokens.field(fields, 2) instanceof List<?>)) {
            problem("sie.noObjectList");
            return;
        }
        ore(SieTokens.string(fields, 3));
    }

    private void finish() {
        if (sieType == 0 && problems.isEmpty()) {
            problems.add(new SieException.Problem(0, Text.of("sie.noType")));
        }
        if (vouchers > 0 && yearStart == null && problems.isEmpty()) {
            problems.add(new SieException.Problem(0, Text.of("sie.noYear")));
        }
        if (yearStart != null) {
            for (long[] dated : voucherDates) {
                LocalDate date = LocalDate.ofEpochDay(dated[1]);
                if ((date.isBefore(yearStart) || date.isAfter(yearEnd)) && problems.size() < MAX_PROBLEMS) {
                    problems.add(new SieException.Problem(dated[0], Text.of("sie.dateOutsideYear", date, yearStart, yearEnd)));
                }
            }
        }
    }

    private LocalDate date(String text, String label) {
        boolean digits = text.length() == 8;
        for (int i = 0; digits && i < 8; i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
            problem("sie.badDate", label, text);
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 4, 6, 10), Integer.parseInt(text, 6, 8, 10));
        } catch (java.time.DateTimeException e) {
            problem("sie.noSuchDate", label, text);
            return null;
        }
    }

    private Long ore(String text) {
        Long ore = SieTokens.ore(text);
        if (ore == null) {
            problem("sie.badAmount", text);
        }
        return ore;
    }

    private void problem(String key, Object... args) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new SieException.Problem(line, Text.of(key, args)));
        }
    }
}
