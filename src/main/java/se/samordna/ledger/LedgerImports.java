package se.samordna.ledger;

import se.samordna.shared.AssociationId;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.ledger.sie.SieException;
import se.samordna.ledger.sie.SieFile;
import se.samordna.ledger.sie.SieReader;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/**
 * Takes in the books: a SIE file is read as a stream (never held whole), checked all or nothing, and stored as sums per
 * account and per account, month and object for its financial year, replacing an earlier import of the same year.
 */
@Service
public class LedgerImports {

    /** An import as recorded; {@code warnings}: what the director should look at in the file just taken (none when read back). */
    public record Imported(java.time.LocalDate yearStart, java.time.LocalDate yearEnd, int sieType, String company, String orgNumber,
                           long vouchers, long transactions, long bytes, String sha256, boolean generated,
                           java.time.OffsetDateTime importedAt, String importedBy, List<String> warnings) {

        Imported withWarnings(List<String> warnings) {
            return new Imported(yearStart, yearEnd, sieType, company, orgNumber, vouchers, transactions, bytes, sha256, generated,
                    importedAt, importedBy, List.copyOf(warnings));
        }
    }

    /** Rows written per statement: a large year goes in as many moderate batches, not one statement of everything. */
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditLog auditLog;
    private final se.samordna.association.Associations associations;

    LedgerImports(JdbcClient jdbc, JdbcTemplate batch, AuditLog auditLog, se.samordna.association.Associations associations) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.auditLog = auditLog;
        this.associations = associations;
    }

    /** Reads, checks and stores the file; nothing is stored when anything is wrong. */
    @Transactional
    public Imported importSie(AssociationId associationId, InputStream body, boolean generated) throws IOException {
        return importSie(associationId, body, generated, false);
    }

    /**
     * As above; {@code confirmed}: the director has said that a file without the organisation number the books carry is
     * the association's own all the same.
     */
    @Transactional
    public Imported importSie(AssociationId associationId, InputStream body, boolean generated, boolean confirmed) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Counting counting = new Counting(new DigestInputStream(body, sha));
        SieFile sie;
        try {
            sie = SieReader.read(counting);
        } catch (SieException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> InvalidInputException.Problem.of(p.place(), p.text())).toList());
        }
        if (sie.yearStart() == null) {
            throw new InvalidInputException(Text.of("place.rar"), Text.of("error.filenAngerIngetRakenskapsarRar"));
        }
        List<String> warnings = new ArrayList<>(checkOrgNumber(associationId, sie.orgNumber(), confirmed));
        checkNotPoorer(associationId, sie, confirmed).ifPresent(warnings::add);
        checkName(associationId, sie.companyName()).ifPresent(warnings::add);
        String checksum = HexFormat.of().formatHex(sha.digest());
        Optional<String> previous = jdbc.sql("select sha256 from ledger_year where association_id = :a and year_start = :y")
                .param("a", associationId.value()).param("y", sie.yearStart()).query(String.class).optional();
        jdbc.sql("delete from ledger_year where association_id = :a and year_start = :y").param("a", associationId.value()).param("y", sie.yearStart()).update();
        jdbc.sql("""
                insert into ledger_year (association_id, year_start, year_end, sie_type, program, company, org_number, vouchers,
                                         transactions, bytes, sha256, generated, imported_by)
                values (:a, :s, :e, :t, :p, :c, :o, :v, :tr, :b, :h, :g, :u)""")
                .param("a", associationId.value()).param("s", sie.yearStart()).param("e", sie.yearEnd()).param("t", sie.sieType())
                .param("p", sie.program()).param("c", sie.companyName()).param("o", sie.orgNumber()).param("v", sie.vouchers())
                .param("tr", sie.transactions()).param("b", counting.count).param("h", checksum).param("g", generated)
                .param("u", AuditLog.currentActor()).update();
        Date year = Date.valueOf(sie.yearStart());
        List<Object[]> accounts = new ArrayList<>();
        sie.accounts().values().forEach(a -> accounts.add(new Object[]{associationId.value(), year, a.number(), a.name(), a.opening(), a.closing(),
                a.movement(sie.sieType())}));
        inBatches("insert into ledger_account (association_id, year_start, account, name, opening, closing, movement) values (?, ?, ?, ?, ?, ?, ?)",
                accounts);
        List<Object[]> before = new ArrayList<>();
        sie.yearBefore().values().forEach(a -> before.add(new Object[]{associationId.value(), year, a.number(), a.name(), a.closing(), a.result()}));
        inBatches("insert into ledger_year_before (association_id, year_start, account, name, closing, result) values (?, ?, ?, ?, ?, ?)", before);
        List<Object[]> months = new ArrayList<>();
        sie.months().forEach((key, amount) -> months.add(new Object[]{associationId.value(), year, key.account(), Date.valueOf(key.month().atDay(1)),
                key.object(), amount}));
        inBatches("insert into ledger_month (association_id, year_start, account, month, object, amount) values (?, ?, ?, ?, ?, ?)", months);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("year", sie.yearStart().getYear());
        details.put("sha256", checksum);
        details.put("bytes", counting.count);
        details.put("vouchers", sie.vouchers());
        details.put("transactions", sie.transactions());
        details.put("replaced", previous.orElse(""));
        auditLog.record(associationId, "ledger", sie.yearStart().getYear(), previous.isPresent() ? "reimported" : "imported", details);
        return find(associationId, sie.yearStart().getYear()).orElseThrow().withWarnings(warnings);
    }

    /**
     * A file poorer than the books the year holds (balances only where there were vouchers, or fewer vouchers) would
     * replace them silently: refused, with both summaries side by side, unless the director confirms the replacement.
     */
    private Optional<String> checkNotPoorer(AssociationId associationId, SieFile sie, boolean confirmed) {
        Optional<Imported> held = find(associationId, sie.yearStart().getYear());
        if (held.isEmpty()) {
            return Optional.empty();
        }
        boolean poorer = (sie.sieType() < 3 && held.get().sieType() >= 3) || sie.vouchers() < held.get().vouchers();
        if (!poorer) {
            return Optional.empty();
        }
        Text incoming = Text.of("ledger.summary", sie.sieType(), sie.vouchers(), sie.transactions());
        Text kept = Text.of("ledger.summary", held.get().sieType(), held.get().vouchers(), held.get().transactions());
        if (!confirmed) {
            throw new InvalidInputException(Text.of("place.fil"), Text.of("error.siePoorer", incoming, sie.yearStart().getYear(), kept,
                    held.get().importedAt().toLocalDate().toString()));
        }
        return Optional.of(Text.of("ledger.warning.poorerConfirmed", incoming, kept).swedish());
    }

    private void inBatches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            batch.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** The file's company name against the association's: a difference is named in the answer (bookkeeping names vary). */
    private Optional<String> checkName(AssociationId associationId, String inFile) {
        String name = associations.get(associationId).name();
        if (inFile == null || inFile.isBlank()) {
            return Optional.of(Text.of("ledger.warning.noName").swedish());
        }
        return comparable(inFile).equals(comparable(name)) ? Optional.empty()
                : Optional.of(Text.of("ledger.warning.name", inFile.strip(), name).swedish());
    }

    private static String comparable(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The booked accounts of a year, as the annual accounts read them. */
    public java.util.List<se.samordna.ledger.accounts.AnnualAccounts.Account> accounts(AssociationId associationId, int year) {
        return jdbc.sql("""
                select a.account, a.name, coalesce(a.opening, 0), coalesce(a.closing, coalesce(a.opening, 0) + a.movement), a.movement
                from ledger_account a join ledger_year y using (association_id, year_start)
                where a.association_id = :a and extract(year from y.year_start) = :y order by a.account""")
                .param("a", associationId.value()).param("y", year)
                .query((rs, n) -> new se.samordna.ledger.accounts.AnnualAccounts.Account(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5))).list();
    }

    /**
     * The year before {@code year} as that year's file states it (#UB -1, #RES -1), as accounts the annual report reads:
     * a result account's movement is its result, a balance account stands at its closing balance. Empty when the file
     * stated nothing of the year before.
     */
    public java.util.List<se.samordna.ledger.accounts.AnnualAccounts.Account> yearBefore(AssociationId associationId, int year) {
        return jdbc.sql("""
                select b.account, b.name, b.closing, b.result from ledger_year_before b join ledger_year y using (association_id, year_start)
                where b.association_id = :a and extract(year from y.year_start) = :y order by b.account""")
                .param("a", associationId.value()).param("y", year)
                .query((rs, n) -> se.samordna.ledger.accounts.AnnualAccounts.yearBefore(rs.getString(1), rs.getString(2),
                        (Long) rs.getObject(3), (Long) rs.getObject(4))).list();
    }

    /** The books' years of the association, newest first. */
    public List<Imported> years(AssociationId associationId) {
        return jdbc.sql("select " + COLUMNS + " from ledger_year where association_id = :a order by year_start desc")
                .param("a", associationId.value()).query((rs, n) -> imported(rs)).list();
    }

    public Optional<Imported> find(AssociationId associationId, int year) {
        return jdbc.sql("select " + COLUMNS + " from ledger_year where association_id = :a and extract(year from year_start) = :y")
                .param("a", associationId.value()).param("y", year).query((rs, n) -> imported(rs)).optional();
    }

    /** The last day the year's books cover: the end of the last month anything is booked in (none without monthly sums). */
    public Optional<java.time.LocalDate> booksThrough(AssociationId associationId, int year) {
        int month = jdbc.sql("""
                select coalesce(max(extract(month from m.month)), 0)::int from ledger_month m join ledger_year y using (association_id, year_start)
                where m.association_id = :a and extract(year from y.year_start) = :y and extract(year from m.month) = :y""")
                .param("a", associationId.value()).param("y", year).query(Integer.class).single();
        return month == 0 ? Optional.empty() : Optional.of(java.time.YearMonth.of(year, month).atEndOfMonth());
    }

    /** The organisation number the books carry, once known. */
    public Optional<String> orgNumber(AssociationId associationId) {
        return jdbc.sql("select org_number from ledger_settings where association_id = :a").param("a", associationId.value())
                .query(String.class).optional();
    }

    /**
     * The organisation number the books must carry: set by the first import that names one (said in the answer). A file
     * with another number is refused; a file with none, while the books carry one, is refused unless the director confirms.
     */
    private List<String> checkOrgNumber(AssociationId associationId, String inFile, boolean confirmed) {
        String normalized = inFile == null || inFile.isBlank() ? null : normalize(inFile);
        Optional<String> known = jdbc.sql("select org_number from ledger_settings where association_id = :a")
                .param("a", associationId.value()).query(String.class).optional().filter(n -> !n.isBlank());
        if (known.isPresent() && normalized != null && !known.get().equals(normalized)) {
            throw new InvalidInputException(Text.of("place.orgnr"), Text.of("error.filenGallerOrganisationsnumretMenForbundets", inFile, known.get()));
        }
        if (known.isPresent() && normalized == null) {
            if (!confirmed) {
                throw new InvalidInputException(Text.of("place.orgnr"), Text.of("error.sieNoOrgNumber", known.get()));
            }
            return List.of(Text.of("ledger.warning.noOrgNumberConfirmed").swedish());
        }
        if (known.isEmpty() && normalized != null && normalized.matches("[0-9]{6}-[0-9]{4}")) {
            jdbc.sql("""
                    insert into ledger_settings (association_id, org_number) values (:a, :o)
                    on conflict (association_id) do update set org_number = excluded.org_number""")
                    .param("a", associationId.value()).param("o", normalized).update();
            return List.of(Text.of("ledger.warning.orgNumberRecorded", normalized).swedish());
        }
        return List.of();
    }

    private static String normalize(String orgNumber) {
        String digits = orgNumber.replaceAll("[^0-9]", "");
        if (digits.length() == 12 && digits.startsWith("16")) {
            digits = digits.substring(2);
        }
        return digits.length() == 10 ? digits.substring(0, 6) + "-" + digits.substring(6) : orgNumber.strip();
    }

    private static final String COLUMNS = "year_start, year_end, sie_type, company, org_number, vouchers, transactions, bytes, sha256, generated, imported_at, imported_by";

    private static Imported imported(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Imported(rs.getObject(1, java.time.LocalDate.class), rs.getObject(2, java.time.LocalDate.class), rs.getInt(3),
                rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getBoolean(10),
                rs.getObject(11, java.time.OffsetDateTime.class), rs.getString(12), List.of());
    }


    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
