package se.samordna.documents.web;

import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import se.samordna.plan.Plan;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.documents.BudgetWorkbook;
import se.samordna.documents.PlanArchive;
import se.samordna.documents.PlanDocument;
import se.samordna.plan.PlanStatus;
import se.samordna.shared.Sha256;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** The plan as the board's documents (PDF, DOCX) and the budget workbook (XLSX), downloaded and read back. */
@Controller
class DocumentController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;
    private static final MediaType DOCX = MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX = MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Plans plans;
    private final PlanArchive archive;

    private final se.samordna.documents.RenderedPlans rendered;

    private final se.samordna.documents.BoardDocuments boardDocuments;

    DocumentController(Plans plans, PlanArchive archive, se.samordna.documents.RenderedPlans rendered,
                       se.samordna.documents.BoardDocuments boardDocuments) {
        this.boardDocuments = boardDocuments;
        this.plans = plans;
        this.archive = archive;
        this.rendered = rendered;
    }

    @GetMapping({"/associations/{associationId}/plan.pdf", "/api/v1/associations/{associationId}/documents/plan.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable AssociationId associationId,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean checks) {
        return document(associationId, plans.get(associationId), "pdf", checks);
    }

    @GetMapping({"/associations/{associationId}/plan.docx", "/api/v1/associations/{associationId}/documents/plan.docx"})
    ResponseEntity<byte[]> docx(@PathVariable AssociationId associationId,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean checks) {
        return document(associationId, plans.get(associationId), "docx", checks);
    }

    @GetMapping({"/associations/{associationId}/plans/{planId}/document.pdf", "/api/v1/associations/{associationId}/plans/{planId}/document.pdf"})
    ResponseEntity<byte[]> planPdf(@PathVariable AssociationId associationId, @PathVariable UUID planId,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean checks) {
        return document(associationId, plans.get(associationId, PlanId.of(planId)), "pdf", checks);
    }

    @GetMapping({"/associations/{associationId}/plans/{planId}/document.docx", "/api/v1/associations/{associationId}/plans/{planId}/document.docx"})
    ResponseEntity<byte[]> planDocx(@PathVariable AssociationId associationId, @PathVariable UUID planId,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean checks) {
        return document(associationId, plans.get(associationId, PlanId.of(planId)), "docx", checks);
    }

    /**
     * The plan document: for a plan the board adopted, the bytes archived at adoption (the same bytes every time, with their
     * SHA-256); for a plan still being worked on, written now.
     */
    private ResponseEntity<byte[]> document(AssociationId associationId, StoredPlan stored, String format, boolean checks) {
        byte[] content;
        if (!checks && (stored.status() == PlanStatus.ADOPTED || stored.status() == PlanStatus.SUPERSEDED)) {
            PlanArchive.Archived archived = archive.find(associationId, stored.id().value(), format).orElse(null);
            if (archived != null) {
                return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"verksamhetsplan-"
                                + PlanDocument.fileYears(stored.plan()) + "-faststalld." + format + "\"")
                        .header("X-Content-SHA256", archived.sha256()).contentType("pdf".equals(format) ? PDF : DOCX).body(archived.content());
            }
        }
        content = rendered.document(stored.id(), stored.version(), stored.plan(), format,
                new PlanDocument.Options(checks, boardDocuments.roster(associationId, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"verksamhetsplan." + format + "\"")
                .header("X-Content-SHA256", Sha256.hex(content)).contentType("pdf".equals(format) ? PDF : DOCX).body(content);
    }

    @GetMapping({"/associations/{associationId}/budget.xlsx", "/api/v1/associations/{associationId}/documents/budget.xlsx"})
    ResponseEntity<byte[]> xlsx(@PathVariable AssociationId associationId) {
        StoredPlan stored = plans.get(associationId);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"budget.xlsx\"")
                .header(HttpHeaders.ETAG, "\"" + stored.version() + "\"").contentType(XLSX).body(BudgetWorkbook.write(stored.plan(), stored.version()));
    }

    @PostMapping("/associations/{associationId}/budget.xlsx")
    @AssociationAccess(Role.ADMIN)
    String importPage(@PathVariable AssociationId associationId, @RequestParam("file") MultipartFile file, @RequestParam long version)
            throws IOException {
        importWorkbook(associationId, file.getBytes(), version);
        return "redirect:/associations/" + associationId + "/budget";
    }

    @PutMapping("/api/v1/associations/{associationId}/documents/budget.xlsx")
    @AssociationAccess(Role.ADMIN)
    @ResponseBody
    Map<String, Long> importApi(@PathVariable AssociationId associationId, @RequestBody byte[] xlsx,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        long version;
        try {
            version = Long.parseLong(ifMatch == null ? "" : ifMatch.replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Text.of("place.ifMatch"), Text.of("error.skickaPlanensVersionIIf"));
        }
        return Map.of("version", importWorkbook(associationId, xlsx, version).version());
    }

    private StoredPlan importWorkbook(AssociationId associationId, byte[] xlsx, long pageVersion) {
        Plan plan;
        long version;
        try {
            plan = BudgetWorkbook.read(xlsx);
            // A workbook exported from Samordna is a save from the version it was exported from (merged part by part,
            // or refused naming the budget if it changed since); one made elsewhere from a plan file, from the page's.
            version = BudgetWorkbook.version(xlsx).orElse(pageVersion);
        } catch (PlanFileException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> p.path().isEmpty() ? new InvalidInputException.Problem("arbetsbok", p.message(), Text.of("place.workbook"), p.text())
                            : new InvalidInputException.Problem(p.path(), p.message(), null, p.text())).toList());
        }
        return plans.change(associationId, version, current -> current.withBudget(plan.budget()), "budget", "workbook", "imported",
                Map.of("lines", plan.budget().groups().stream().mapToInt(g -> g.lines().size()).sum()));
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").contentType(type).body(content);
    }
}
