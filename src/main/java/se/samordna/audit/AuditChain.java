package se.samordna.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Checks the audit log's hash chain: every entry's hash is recomputed from its content and the hash before it
 * (the database's {@code audit_entry_hash}), every entry must point to the hash of the one before, and the chain's
 * numbers must have no gap. The first broken link is reported; an entry changed, inserted or removed behind the
 * application's back breaks the chain there. Plain JDBC, so the command line runs it without the server.
 */
public final class AuditChain {

    private AuditChain() {
    }

    /** {@code broken}: the first link that does not hold, if any. */
    public record Result(long entries, String lastHash, Optional<Break> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    /** Where the chain breaks: the entry's place in the chain, its id, and what does not hold. */
    public record Break(long chainSeq, long entryId, String reason) {
    }

    private static final String FIRST_BREAK = """
            with chain as (
                select a.id, a.chain_seq, a.hash, a.prev_hash, audit_entry_hash(a, a.prev_hash) as recomputed,
                       lag(a.hash) over (order by a.chain_seq) as hash_before,
                       lag(a.chain_seq) over (order by a.chain_seq) as seq_before
                from audit_log a)
            select chain_seq, id,
                   case when chain_seq is null then 'ingen plats i kedjan'
                        when chain_seq <> coalesce(seq_before, 0) + 1 then 'en eller flera poster före den saknas'
                        when prev_hash is distinct from hash_before then 'pekar inte på posten före'
                        else 'innehållet stämmer inte med kontrollsumman' end
            from chain
            where chain_seq is null or chain_seq <> coalesce(seq_before, 0) + 1
               or prev_hash is distinct from hash_before or hash is distinct from recomputed
            order by chain_seq nulls first limit 1""";

    public static Result verify(Connection connection) throws SQLException {
        long entries;
        String last = null;
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*), (select hash from audit_log order by chain_seq desc nulls last limit 1) from audit_log");
             ResultSet rs = count.executeQuery()) {
            rs.next();
            entries = rs.getLong(1);
            last = rs.getString(2);
        }
        try (PreparedStatement check = connection.prepareStatement(FIRST_BREAK); ResultSet rs = check.executeQuery()) {
            if (rs.next()) {
                return new Result(entries, last, Optional.of(new Break(rs.getLong(1), rs.getLong(2), rs.getString(3))));
            }
        }
        return new Result(entries, last, Optional.empty());
    }
}
