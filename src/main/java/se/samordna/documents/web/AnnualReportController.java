package se.samordna.documents.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import se.samordna.documents.AnnualReport;
import se.samordna.ledger.LedgerFollowUp;
import se.samordna.ledger.LedgerImports;
import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.plan.Plan;
import se.samordna.shared.NotFoundException;

/** The annual report of a year the books hold: its statements and checks (JSON), and the document (PDF, DOCX). */
@RestController
class AnnualReportController {

    private final LedgerImports imports;
    private final LedgerFollowUp followUp;

    AnnualReportController(LedgerImports imports, LedgerFollowUp followUp) {
        this.imports = imports;
        this.followUp = followUp;
    }

    @GetMapping("/api/v1/associations/{associationId}/annual-report/{year}")
    @Operation(summary = "The year's income statement and balance sheet from the books, with the checks before signing (kronor, a surplus positive)")
    Map<String, Object> summary(@PathVariable UUID associationId, @PathVariable int year) {
        return accounts(associationId, year).summary();
    }

    @GetMapping({"/associations/{associationId}/annual-report/{year}.pdf", "/api/v1/associations/{associationId}/annual-report/{year}.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable UUID associationId, @PathVariable int year) {
        Plan plan = followUp.plan(associationId, year);
        return file(AnnualReport.pdf(plan, accounts(associationId, year), generated(associationId, year)), MediaType.APPLICATION_PDF,
                "arsredovisning-" + year + ".pdf");
    }

    @GetMapping({"/associations/{associationId}/annual-report/{year}.docx", "/api/v1/associations/{associationId}/annual-report/{year}.docx"})
    ResponseEntity<byte[]> docx(@PathVariable UUID associationId, @PathVariable int year) {
        Plan plan = followUp.plan(associationId, year);
        return file(AnnualReport.docx(plan, accounts(associationId, year), generated(associationId, year)),
                MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "arsredovisning-" + year + ".docx");
    }

    private AnnualAccounts accounts(UUID associationId, int year) {
        if (imports.find(associationId, year).isEmpty()) {
            throw new NotFoundException("Bokföringen för " + year + " är inte inläst; läs in årets SIE-fil under Bokföring först.");
        }
        return AnnualAccounts.of(imports.accounts(associationId, year), followUp.plan(associationId, year), year);
    }

    private boolean generated(UUID associationId, int year) {
        return imports.find(associationId, year).map(LedgerImports.Imported::generated).orElse(false);
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").contentType(type).body(content);
    }
}
