package se.samordna.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Checks the audit log's hash chain: every entry's hash is recomputed from its content and the hash before it
 * (the database's {@code audit_entry_hash}), every entry must point to the hash of the one before, and the chain's
 * numbers must have no gap. With the installation's {@link AuditSeal}, every entry's seal is recomputed with the key the
 * database does not hold, and the newest entry noted outside the database must still be there with its seal. The first
 * broken link is reported; an entry changed, inserted or removed behind the application's back breaks the chain there,
 * even when its owner recomputed the unkeyed hashes. Plain JDBC, so the command line runs it without the server.
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
                   case when chain_seq is null then 'noPlace'
                        when chain_seq <> coalesce(seq_before, 0) + 1 then 'gapBefore'
                        when prev_hash is distinct from hash_before then 'wrongLink'
                        else 'content' end
            from chain
            where chain_seq is null or chain_seq <> coalesce(seq_before, 0) + 1
               or prev_hash is distinct from hash_before or hash is distinct from recomputed
            order by chain_seq nulls first limit 1""";

    /** The chain, its seals and the newest entry noted outside the database (see {@link AuditSeal}). */
    public static Result verify(Connection connection, AuditSeal seal) throws SQLException {
        Result chain = verify(connection);
        if (!chain.intact()) {
            return chain;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        String previous = null;
        long lastSeq = 0;
        try (PreparedStatement entries = connection.prepareStatement("""
                select a.chain_seq, a.id, audit_entry_text(a), s.mac from audit_log a left join audit_seal s using (chain_seq)
                order by a.chain_seq""")) {
            entries.setFetchSize(2_000);
            try (ResultSet rs = entries.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    String mac = rs.getString(4);
                    if (mac == null) {
                        return new Result(chain.entries(), chain.lastHash(), Optional.of(new Break(seq, rs.getLong(2),
                                se.samordna.shared.Text.of("audit.noSeal").swedish())));
                    }
                    if (!mac.equals(seal.seal(rs.getString(3), previous))) {
                        return new Result(chain.entries(), chain.lastHash(), Optional.of(new Break(seq, rs.getLong(2),
                                se.samordna.shared.Text.of("audit.sealMismatch").swedish())));
                    }
                    previous = mac;
                    lastSeq = seq;
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
        Optional<AuditSeal.Head> head = seal.head();
        if (head.isPresent() && head.get().chainSeq() > lastSeq) {
            return new Result(chain.entries(), chain.lastHash(), Optional.of(new Break(lastSeq + 1, 0,
                    se.samordna.shared.Text.of("audit.missingTail", String.valueOf(lastSeq),
                            head.get().chainSeq() == Long.MAX_VALUE ? "?" : String.valueOf(head.get().chainSeq())).swedish())));
        }
        if (head.isPresent()) {
            String at = sealAt(connection, head.get().chainSeq());
            if (!head.get().mac().equals(at)) {
                return new Result(chain.entries(), chain.lastHash(), Optional.of(new Break(head.get().chainSeq(), 0,
                        se.samordna.shared.Text.of("audit.headMismatch").swedish())));
            }
        }
        return chain;
    }

    /** The newest entry and its seal, as a backup notes it (none for an empty log). */
    public static Optional<AuditSeal.Head> currentHead(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select s.chain_seq, s.mac from audit_seal s order by s.chain_seq desc limit 1"); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(new AuditSeal.Head(rs.getLong(1), rs.getString(2))) : Optional.empty();
        }
    }

    /**
     * Seals every entry from the start, when none is sealed yet: once, when a log from a release without seals is first
     * opened (after its unkeyed chain was found whole). Returns the newest seal, or nothing for an empty log.
     */
    public static Optional<AuditSeal.Head> sealAll(Connection connection, AuditSeal seal) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        String previous = null;
        long seq = 0;
        try (PreparedStatement entries = connection.prepareStatement("select chain_seq, audit_entry_text(a) from audit_log a order by chain_seq");
             PreparedStatement insert = connection.prepareStatement("insert into audit_seal (chain_seq, mac) values (?, ?)")) {
            entries.setFetchSize(2_000);
            int pending = 0;
            try (ResultSet rs = entries.executeQuery()) {
                while (rs.next()) {
                    seq = rs.getLong(1);
                    previous = seal.seal(rs.getString(2), previous);
                    insert.setLong(1, seq);
                    insert.setString(2, previous);
                    insert.addBatch();
                    if (++pending == 1_000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return previous == null ? Optional.empty() : Optional.of(new AuditSeal.Head(seq, previous));
    }

    private static String sealAt(Connection connection, long chainSeq) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select mac from audit_seal where chain_seq = ?")) {
            statement.setLong(1, chainSeq);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The unkeyed chain alone: hashes, links and numbers (what the database's owner could recompute). */
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
                return new Result(entries, last, Optional.of(new Break(rs.getLong(1), rs.getLong(2),
                        se.samordna.shared.Text.of("audit.break." + rs.getString(3)).swedish())));
            }
        }
        return new Result(entries, last, Optional.empty());
    }
}
