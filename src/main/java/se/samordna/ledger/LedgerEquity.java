package se.samordna.ledger;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samordna.plan.BookedEquity;
import se.samordna.shared.Money;

/**
 * The booked closing equity of a year: the closing balances (#UB) of the equity accounts (BAS 2000–2099) of the
 * imported books, credit as positive equity. Nothing when the books do not hold the year or give no closing balances.
 */
@Component
class LedgerEquity implements BookedEquity {

    private final JdbcClient jdbc;

    LedgerEquity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Money> closingEquity(UUID associationId, int year) {
        return jdbc.sql("""
                select -sum(a.closing) from ledger_account a join ledger_year y using (association_id, year_start)
                where a.association_id = :a and extract(year from y.year_start) = :y and a.account like '20%' and a.closing is not null""")
                .param("a", associationId).param("y", year).query(Long.class).optional()
                .filter(java.util.Objects::nonNull).map(Money::new);
    }
}
