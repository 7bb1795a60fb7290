package se.samordna.documents;

import se.samordna.shared.AssociationId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samordna.audit.AuditLog;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Text;

/**
 * The annual report's own words, per section and year, as the office writes them. Plain text: paragraphs separated by
 * blank lines, printed as text (never markup). A section not written yet is printed with the computed sentences.
 */
@Service
public class AnnualTexts {

    /** The sections of the administration report the office writes, in the report's order, with their Swedish headings. */
    public static final Map<String, String> SECTIONS = sections();

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    AnnualTexts(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("events", DocumentWords.of("doc.annualTexts.aretsVerksamhetOchVasentligaHandelser"));
        sections.put("goals", DocumentWords.of("doc.annualTexts.malOchMaluppfyllelse"));
        sections.put("initiatives", DocumentWords.of("doc.annualTexts.insatserOchDeltagare"));
        sections.put("deviation", DocumentWords.of("doc.annualTexts.egetKapitalOchStyrelsensAtgarder"));
        sections.put("outlook", DocumentWords.of("doc.annualTexts.forvantadUtveckling"));
        return java.util.Collections.unmodifiableMap(sections);
    }

    public Map<String, String> of(AssociationId associationId, int year) {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.sql("select section, text from annual_report_text where association_id = :a and year = :y")
                .param("a", associationId.value()).param("y", year).query((rs, n) -> texts.put(rs.getString(1), rs.getString(2))).list();
        return texts;
    }

    /** Saves a section's text; an empty text returns the section to the computed sentences. */
    @Transactional
    public void save(AssociationId associationId, int year, String section, String text) {
        if (!SECTIONS.containsKey(section)) {
            throw new InvalidInputException(Text.of("place.avsnitt"), Text.of("error.avsnittetFinnsInteValjEtt", String.join(", ", SECTIONS.values())));
        }
        if (text != null && text.length() > 20_000) {
            throw new InvalidInputException(SECTIONS.get(section), Text.of("error.textenFarVaraHogst20"));
        }
        if (text == null || text.isBlank()) {
            jdbc.sql("delete from annual_report_text where association_id = :a and year = :y and section = :s")
                    .param("a", associationId.value()).param("y", year).param("s", section).update();
        } else {
            jdbc.sql("""
                    insert into annual_report_text (association_id, year, section, text, updated_by) values (:a, :y, :s, :t, :u)
                    on conflict (association_id, year, section) do update set text = excluded.text, updated_at = now(), updated_by = excluded.updated_by""")
                    .param("a", associationId.value()).param("y", year).param("s", section).param("t", text.strip()).param("u", AuditLog.currentActor()).update();
        }
        auditLog.record(associationId, "annual-report-text", year, "changed", Map.of("section", SECTIONS.get(section),
                "length", text == null ? 0 : text.strip().length()));
    }

    /** The paragraphs of a text: split at blank lines. */
    static List<String> paragraphs(String text) {
        return java.util.Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
