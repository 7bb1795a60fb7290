package se.samordna.documents.web;

import se.samordna.shared.AssociationId;
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
import se.samordna.documents.DocumentWords;
import se.samordna.ledger.LedgerFollowUp;
import se.samordna.ledger.LedgerImports;
import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.plan.Plan;
import se.samordna.shared.NotFoundException;
import se.samordna.shared.Text;

/** The annual report of a year the books hold: its statements and checks (JSON), and the document (PDF, DOCX). */
@RestController
class AnnualReportController {

    private final LedgerImports imports;
    private final LedgerFollowUp followUp;
    private final se.samordna.documents.Discharges discharges;
    private final se.samordna.audit.AuditLog auditLog;
    private final se.samordna.plan.PlanCycle cycle;
    private final se.samordna.documents.AnnualTexts texts;
    private final se.samordna.documents.AccountClasses classes;

    AnnualReportController(LedgerImports imports, LedgerFollowUp followUp, se.samordna.documents.Discharges discharges,
                           se.samordna.audit.AuditLog auditLog, se.samordna.plan.PlanCycle cycle, se.samordna.documents.AnnualTexts texts,
                           se.samordna.documents.AccountClasses classes, se.samordna.documents.BoardDocuments boardDocuments) {
        this.boardDocuments = boardDocuments;
        this.classes = classes;
        this.texts = texts;
        this.imports = imports;
        this.followUp = followUp;
        this.discharges = discharges;
        this.auditLog = auditLog;
        this.cycle = cycle;
    }

    /** The year's close on one page: the statements, the checks, the documents, the audit pack and the members' discharge. */
    @GetMapping("/associations/{associationId}/annual-report")
    org.springframework.web.servlet.ModelAndView page(@PathVariable AssociationId associationId,
                                                      @org.springframework.web.bind.annotation.RequestParam(required = false) Integer year) {
        java.util.List<LedgerImports.Imported> years = imports.years(associationId);
        int shown = year != null ? year : years.isEmpty() ? java.time.LocalDate.now().getYear() - 1 : years.get(0).yearStart().getYear();
        org.springframework.web.servlet.ModelAndView view = new org.springframework.web.servlet.ModelAndView("documents/yearclose");
        view.addObject("associationId", associationId);
        view.addObject("year", shown);
        view.addObject("years", years);
        if (imports.find(associationId, shown).isPresent()) {
            AnnualAccounts accounts = accounts(associationId, shown);
            view.addObject("accounts", accounts);
            java.util.Map<String, String> written = texts.of(associationId, shown);
            java.util.Map<String, String> computed = AnnualReport.computed(followUp.plan(associationId, shown), accounts);
            java.util.List<java.util.Map<String, Object>> sections = new java.util.ArrayList<>();
            se.samordna.documents.AnnualTexts.SECTIONS.forEach((key, heading) -> sections.add(java.util.Map.of("key", key, "heading", heading,
                    "text", written.getOrDefault(key, computed.get(key)), "written", written.containsKey(key))));
            view.addObject("sections", sections);
            view.addObject("members", followUp.plan(associationId, shown).members().stream().map(se.samordna.plan.Member::name).toList());
        }
        view.addObject("discharges", discharges.of(associationId, shown));
        view.addObject("classes", classes.of(associationId));
        view.addObject("parts", AnnualAccounts.Part.values());
        return view;
    }

    @org.springframework.web.bind.annotation.PostMapping("/associations/{associationId}/annual-report/discharge")
    @se.samordna.shared.AssociationAccess(se.samordna.shared.Role.ADMIN)
    org.springframework.web.servlet.view.RedirectView discharge(@PathVariable AssociationId associationId,
                                                                @org.springframework.web.bind.annotation.RequestParam int year,
                                                                @org.springframework.web.bind.annotation.RequestParam String member,
                                                                @org.springframework.web.bind.annotation.RequestParam String decidedOn,
                                                                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean granted,
                                                                @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String minutes) {
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(decidedOn.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new se.samordna.shared.InvalidInputException(se.samordna.shared.Text.of("place.beslutsdag"),
                    se.samordna.shared.Text.of("error.arIngetDatumSkrivDet", decidedOn));
        }
        discharges.record(associationId, year, followUp.plan(associationId, year).members().stream().map(se.samordna.plan.Member::name).toList(),
                member, day, granted, minutes);
        return new org.springframework.web.servlet.view.RedirectView("/associations/" + associationId + "/annual-report?year=" + year);
    }

    @org.springframework.web.bind.annotation.PostMapping("/associations/{associationId}/annual-report/text")
    @se.samordna.shared.AssociationAccess(se.samordna.shared.Role.ADMIN)
    org.springframework.web.servlet.view.RedirectView text(@PathVariable AssociationId associationId, @org.springframework.web.bind.annotation.RequestParam int year,
                                                           @org.springframework.web.bind.annotation.RequestParam String section,
                                                           @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String text) {
        texts.save(associationId, year, section, text);
        return new org.springframework.web.servlet.view.RedirectView("/associations/" + associationId + "/annual-report?year=" + year + "#text-" + section);
    }

    @org.springframework.web.bind.annotation.PostMapping("/associations/{associationId}/annual-report/account-classes")
    @se.samordna.shared.AssociationAccess(se.samordna.shared.Role.ADMIN)
    org.springframework.web.servlet.view.RedirectView accountClass(@PathVariable AssociationId associationId, @org.springframework.web.bind.annotation.RequestParam int year,
                                                                   @org.springframework.web.bind.annotation.RequestParam String prefix,
                                                                   @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String part) {
        classes.set(associationId, prefix, part);
        return new org.springframework.web.servlet.view.RedirectView("/associations/" + associationId + "/annual-report?year=" + year + "#classes");
    }

    @GetMapping("/api/v1/associations/{associationId}/annual-report/{year}/discharge")
    @Operation(summary = "Each member's decision on discharge of the board for the year")
    java.util.List<se.samordna.documents.Discharges.Decision> dischargeApi(@PathVariable AssociationId associationId, @PathVariable int year) {
        return discharges.of(associationId, year);
    }

    /**
     * The auditors' pack: the annual report, the ledger per account, the board's decisions of the year (adoptions and
     * grants), the audit log of the year's changes to the budget and the books' mapping, the members' discharge, and a
     * list of the files with their SHA-256.
     */
    @GetMapping({"/associations/{associationId}/annual-report/{year}/audit-pack.zip", "/api/v1/associations/{associationId}/annual-report/{year}/audit-pack.zip"})
    ResponseEntity<byte[]> auditPack(@PathVariable AssociationId associationId, @PathVariable int year) throws java.io.IOException {
        Plan plan = followUp.plan(associationId, year);
        AnnualAccounts accounts = accounts(associationId, year);
        java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("arsredovisning-" + year + ".pdf", AnnualReport.pdf(plan, accounts, prior(associationId, year, plan), texts.of(associationId, year),
                generated(associationId, year), signatories(associationId)));
        StringBuilder ledger = new StringBuilder(DocumentWords.of("doc.annualReportController.kontoNamnIngaendeSaldoUtgaende"));
        accounts.accounts().forEach(a -> ledger.append(se.samordna.shared.Csv.row(a.number(), a.name(), kr(a.opening()), kr(a.closing()), kr(a.movement()))));
        files.put("konton-" + year + ".csv", ledger.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder decisions = new StringBuilder("beslut;datum;paragraf;vad\n");
        cycle.periods(associationId).stream().filter(p -> p.adoptedOn() != null && p.adoptedOn().getYear() == year).forEach(p ->
                decisions.append(se.samordna.shared.Csv.row(DocumentWords.of("doc.annualReportController.faststalldPlan"), p.adoptedOn(), p.minutes(), DocumentWords.of("doc.annualReportController.planenFor", p.label()))));
        plan.initiatives().stream().filter(i -> i.decision() != null && i.decision().date() != null && i.decision().date().getYear() == year)
                .forEach(i -> decisions.append(se.samordna.shared.Csv.row(i.decision().granted() ? DocumentWords.of("doc.annualReportController.beviljadInsats") : DocumentWords.of("doc.annualReportController.avslagenAnsokan"),
                        i.decision().date(), i.decision().minutes(), i.name() + (i.decision().granted() ? " " + i.decision().amounts() : ""))));
        files.put("styrelsens-beslut-" + year + ".csv", decisions.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.util.Set<String> budgetEntities = java.util.Set.of("plan", "budget", "budget-line", "budget-year", "financial-rules", "initiative-rules",
                "account-rule", "forecast", "budget-profile", "ledger");
        StringBuilder log = new StringBuilder(DocumentWords.of("doc.annualReportController.tidVemVadIdHandelse"));
        auditLog.entriesBetween(associationId, java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year + 2, 1, 1)).stream()
                .filter(e -> budgetEntities.contains(e.entity()))
                .forEach(e -> log.append(se.samordna.shared.Csv.row(e.occurredAt(), e.actor(), e.entity(), e.entityId(), e.action(), e.changes())));
        files.put("budgetandringar.csv", log.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder discharge = new StringBuilder("medlem;beslutsdag;ansvarsfrihet;protokoll\n");
        discharges.of(associationId, year).forEach(d -> discharge.append(se.samordna.shared.Csv.row(d.member(), d.decidedOn(), d.granted() ? "ja" : "nej",
                d.minutes() == null ? "" : d.minutes())));
        files.put("ansvarsfrihet-" + year + ".csv", discharge.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder readme = new StringBuilder(DocumentWords.of("doc.annualReportController.revisionsunderlagForFilSha256", year, plan.association().name()));
        files.forEach((name, bytes) -> readme.append(name).append('\t').append(se.samordna.shared.Sha256.hex(bytes)).append('\n'));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("LASMIG.txt"));
            zip.write(readme.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            for (java.util.Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return file(out.toByteArray(), MediaType.valueOf("application/zip"), "revisionsunderlag-" + year + ".zip");
    }

    private static String kr(long ore) {
        return java.math.BigDecimal.valueOf(ore, 2).toPlainString().replace('.', ',');
    }

    @GetMapping("/api/v1/associations/{associationId}/annual-report/{year}")
    @Operation(summary = "The year's income statement and balance sheet from the books, with the checks before signing (kronor, a surplus positive)")
    Map<String, Object> summary(@PathVariable AssociationId associationId, @PathVariable int year) {
        Map<String, Object> summary = new java.util.LinkedHashMap<>(accounts(associationId, year).summary());
        se.samordna.plan.PlanPeriod period = followUp.planPeriod(associationId, year);
        Map<String, Object> plan = new java.util.LinkedHashMap<>();
        plan.put("id", period.id());
        plan.put("budgetYear", period.budgetYear());
        plan.put("status", period.status().name());
        plan.put("period", period.label());
        summary.put("plan", plan);
        return summary;
    }

    @GetMapping({"/associations/{associationId}/annual-report/{year}.pdf", "/api/v1/associations/{associationId}/annual-report/{year}.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable AssociationId associationId, @PathVariable int year) {
        Plan plan = followUp.plan(associationId, year);
        return file(AnnualReport.pdf(plan, accounts(associationId, year), prior(associationId, year, plan), texts.of(associationId, year), generated(associationId, year), signatories(associationId)), MediaType.APPLICATION_PDF,
                "arsredovisning-" + year + ".pdf");
    }

    @GetMapping({"/associations/{associationId}/annual-report/{year}.docx", "/api/v1/associations/{associationId}/annual-report/{year}.docx"})
    ResponseEntity<byte[]> docx(@PathVariable AssociationId associationId, @PathVariable int year) {
        Plan plan = followUp.plan(associationId, year);
        return file(AnnualReport.docx(plan, accounts(associationId, year), prior(associationId, year, plan), texts.of(associationId, year), generated(associationId, year), signatories(associationId)),
                MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "arsredovisning-" + year + ".docx");
    }

    private AnnualAccounts accounts(AssociationId associationId, int year) {
        if (imports.find(associationId, year).isEmpty()) {
            throw new NotFoundException(Text.of("error.bokforingenForArInteInlast", year));
        }
        return AnnualAccounts.of(imports.accounts(associationId, year), followUp.plan(associationId, year), year, classes.of(associationId))
                .withBooksThrough(imports.booksThrough(associationId, year).orElse(null));
    }

    /** The year before, from its books or from what this year's file states of it, to print beside this year's figures. */
    private AnnualAccounts prior(AssociationId associationId, int year, Plan plan) {
        return se.samordna.documents.PriorYear.of(imports, classes, associationId, year, plan);
    }

    private final se.samordna.documents.BoardDocuments boardDocuments;

    private AnnualReport.Signatories signatories(AssociationId associationId) {
        return boardDocuments.signatories(associationId, java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")));
    }

    private boolean generated(AssociationId associationId, int year) {
        return imports.find(associationId, year).map(LedgerImports.Imported::generated).orElse(false);
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").contentType(type).body(content);
    }
}
