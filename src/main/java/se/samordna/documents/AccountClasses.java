package se.samordna.documents;

import se.samordna.shared.AssociationId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/** The association's adjustments to where accounts go in the statements (by prefix, over the standard account classes). */
@Service
public class AccountClasses {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    AccountClasses(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public Map<String, AnnualAccounts.Part> of(AssociationId associationId) {
        Map<String, AnnualAccounts.Part> overrides = new LinkedHashMap<>();
        jdbc.sql("select prefix, part from annual_account_class where association_id = :a order by prefix").param("a", associationId.value())
                .query((rs, n) -> overrides.put(rs.getString(1), AnnualAccounts.Part.valueOf(rs.getString(2)))).list();
        return overrides;
    }

    /** Puts accounts starting with {@code prefix} in {@code part}; a null part removes the adjustment. */
    @Transactional
    public void set(AssociationId associationId, String prefix, String part) {
        if (prefix == null || !prefix.strip().matches("[0-9]{1,6}")) {
            throw new InvalidInputException(Text.of("place.kontoprefix"), Text.of("error.skrivBorjanAvKontonumrenMed"));
        }
        String clean = prefix.strip();
        if (part == null || part.isBlank()) {
            jdbc.sql("delete from annual_account_class where association_id = :a and prefix = :p").param("a", associationId.value()).param("p", clean).update();
        } else {
            AnnualAccounts.Part value;
            try {
                value = AnnualAccounts.Part.valueOf(part);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Text.of("place.del"), Text.of("error.okandDelAvRakenskaperna", part));
            }
            jdbc.sql("""
                    insert into annual_account_class (association_id, prefix, part, created_by) values (:a, :p, :t, :u)
                    on conflict (association_id, prefix) do update set part = excluded.part, created_by = excluded.created_by""")
                    .param("a", associationId.value()).param("p", clean).param("t", value.name()).param("u", AuditLog.currentActor()).update();
        }
        auditLog.record(associationId, "account-class", clean, part == null || part.isBlank() ? "removed" : "set",
                Map.of("prefix", clean, "part", part == null ? "" : part));
    }
}
