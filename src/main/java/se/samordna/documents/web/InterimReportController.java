package se.samordna.documents.web;

import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.samordna.documents.DocumentWords;
import se.samordna.documents.InterimReport;
import se.samordna.goals.GoalFollowUp;
import se.samordna.ledger.LedgerFollowUp;
import se.samordna.ledger.LedgerImports;
import se.samordna.plan.Plan;
import se.samordna.shared.Period;

/**
 * The interim report for January through a tertial, half-year, quarter or any month ({@code 2025T1}, {@code 2025H1},
 * {@code 2025Q3}, {@code 2025M11}: a board in December reads the year through November), with the forecast for the year.
 */
@RestController
class InterimReportController {

    private final LedgerFollowUp followUp;
    private final LedgerImports imports;
    private final GoalFollowUp goals;
    private final se.samordna.followup.ParticipantFollowUp participants;

    InterimReportController(LedgerFollowUp followUp, LedgerImports imports, GoalFollowUp goals, se.samordna.followup.ParticipantFollowUp participants) {
        this.followUp = followUp;
        this.imports = imports;
        this.goals = goals;
        this.participants = participants;
    }

    /** The books page's choice of a month: the report January through its end, as PDF. */
    @GetMapping("/associations/{associationId}/interim-report")
    ResponseEntity<Void> throughMonth(@PathVariable AssociationId associationId, @org.springframework.web.bind.annotation.RequestParam int year,
                                      @org.springframework.web.bind.annotation.RequestParam int month) {
        Period period = Period.parse(String.format("%dM%02d", year, Math.max(0, Math.min(99, month))), EnumSet.of(Period.Kind.MONTH));
        return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                .location(java.net.URI.create("/associations/" + associationId + "/interim-report/" + period + ".pdf")).build();
    }

    @GetMapping({"/associations/{associationId}/interim-report/{period}.pdf", "/api/v1/associations/{associationId}/interim-report/{period}.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable AssociationId associationId, @PathVariable String period) {
        Report report = report(associationId, period);
        return file(InterimReport.pdf(report.plan(), report.label(), report.view(), report.goals(), report.participants(), report.generated()),
                MediaType.APPLICATION_PDF, "delarsrapport-" + report.period() + ".pdf");
    }

    @GetMapping({"/associations/{associationId}/interim-report/{period}.docx", "/api/v1/associations/{associationId}/interim-report/{period}.docx"})
    ResponseEntity<byte[]> docx(@PathVariable AssociationId associationId, @PathVariable String period) {
        Report report = report(associationId, period);
        return file(InterimReport.docx(report.plan(), report.label(), report.view(), report.goals(), report.participants(), report.generated()),
                MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "delarsrapport-" + report.period() + ".docx");
    }

    private record Report(Period period, String label, Plan plan, LedgerFollowUp.View view, List<InterimReport.GoalRow> goals,
                          List<List<String>> participants, boolean generated) {
    }

    private Report report(AssociationId associationId, String text) {
        Period period = Period.parse(text, EnumSet.of(Period.Kind.TERTIAL, Period.Kind.HALF_YEAR, Period.Kind.QUARTER, Period.Kind.MONTH));
        int year = period.year();
        LedgerFollowUp.View view = followUp.view(associationId, year, period.last().getMonthValue());
        String last = period.last().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag("sv"));
        String label = (period.last().getMonthValue() == 1 ? last : "januari–" + last) + " " + year;
        List<InterimReport.GoalRow> goalRows = goals.followUp(associationId, LocalDate.now()).stream().filter(g -> g.goal().year() == year)
                .map(g -> new InterimReport.GoalRow(g.goal().title(), statusName(g.status()), g.indicators().stream()
                        .map(i -> i.indicator().name() + ": " + (i.latest() == null ? DocumentWords.of("doc.interimReportController.ejMatt") : i.latest().display())).toList()))
                .toList();
        boolean generated = imports.find(associationId, year).map(LedgerImports.Imported::generated).orElse(false);
        se.samordna.followup.ParticipantFollowUp.Aggregates a = participants.aggregates(associationId, year);
        List<List<String>> participantRows = a.participants().total().value() != null && a.participants().total().value() == 0
                && a.newParticipants().total().value() != null && a.newParticipants().total().value() == 0 ? List.of()
                : List.of(row(DocumentWords.of("doc.interimReportController.nyaDeltagareUppfoljningFinsam"), a.newParticipants()), row(DocumentWords.of("doc.interimReportController.deltagare"), a.participants()), row(DocumentWords.of("doc.interimReportController.avslut"), a.exits()));
        return new Report(period, label, followUp.plan(associationId, year), view, goalRows, participantRows, generated);
    }

    private static List<String> row(String label, se.samordna.followup.Suppression.Row r) {
        return List.of(label, r.women().display(), r.men().display(), r.total().display());
    }

    private static String statusName(se.samordna.goals.GoalStatus status) {
        return status == null ? DocumentWords.of("doc.interimReportController.ejBedomt") : switch (status) {
            case MET -> DocumentWords.of("doc.interimReportController.uppnatt");
            case ON_TRACK -> DocumentWords.of("doc.interimReportController.paVag");
            case AT_RISK -> "i fara";
            case NOT_MET -> DocumentWords.of("doc.interimReportController.inteUppnatt");
            case NOT_MEASURED -> DocumentWords.of("doc.interimReportController.ejMatt");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").contentType(type).body(content);
    }
}
