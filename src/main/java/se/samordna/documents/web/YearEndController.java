package se.samordna.documents.web;

import se.samordna.shared.InitiativeId;
import se.samordna.shared.AssociationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samordna.documents.DocumentWords;
import se.samordna.plan.Initiative;
import se.samordna.plan.Plan;
import se.samordna.plan.Plans;
import se.samordna.documents.YearEndReport;
import se.samordna.followup.ParticipantFollowUp;
import se.samordna.followup.Suppression;
import se.samordna.goals.GoalFollowUp;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.initiative.Initiatives;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.MoneyFormat;
import se.samordna.shared.Text;

/** The year-end follow-up as PDF or DOCX: budget against outcome, goals and their status, initiatives and participants in aggregate. */
@Controller
class YearEndController {

    private final Plans plans;
    private final Initiatives initiatives;
    private final InitiativeRecords records;
    private final GoalFollowUp goals;
    private final se.samordna.followup.Surveys surveys;
    private final ParticipantFollowUp participantFollowUp;

    YearEndController(Plans plans, Initiatives initiatives, InitiativeRecords records, GoalFollowUp goals, se.samordna.followup.Surveys surveys,
                      ParticipantFollowUp participantFollowUp) {
        this.participantFollowUp = participantFollowUp;
        this.plans = plans;
        this.initiatives = initiatives;
        this.records = records;
        this.goals = goals;
        this.surveys = surveys;
    }

    private List<YearEndReport.SurveyRow> surveyRows(AssociationId associationId, int year) {
        return surveys.results(associationId, year).stream().map(r -> new YearEndReport.SurveyRow(
                r.indicator() + ". " + se.samordna.followup.Surveys.INDICATORS.get(r.indicator() - 1), se.samordna.followup.Surveys.groupName(r.group()), r.respondents(),
                r.shareAgreeing(), r.shareWomen(), r.shareMen())).toList();
    }

    private YearEndReport.ParticipantFigures participantFigures(AssociationId associationId, int year) {
        ParticipantFollowUp.Aggregates a = participantFollowUp.aggregates(associationId, year);
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(DocumentWords.of("doc.yearEndController.nyaDeltagareUppfoljningFinsam"), a.newParticipants()));
        rows.add(row(DocumentWords.of("doc.yearEndController.deltagareUnderAret"), a.participants()));
        rows.add(row(DocumentWords.of("doc.yearEndController.avslut"), a.exits()));
        rows.add(shares(DocumentWords.of("doc.yearEndController.andelAvslutTillArbeteStudier"), a.shareEndingInWorkStudiesOrAf()));
        rows.add(shares(DocumentWords.of("doc.yearEndController.andelAvslutMedStegforflyttning"), a.shareWithStepMovement()));
        rows.add(List.of(DocumentWords.of("doc.yearEndController.genomsnittligTidIInsatsenDagar"), days(a.meanDays().get(se.samordna.shared.LegalSex.WOMAN.name())), days(a.meanDays().get(se.samordna.shared.LegalSex.MAN.name())),
                days(a.meanDays().get("TOTAL"))));
        boolean empty = a.participants().total().value() != null && a.participants().total().value() == 0
                && a.newParticipants().total().value() != null && a.newParticipants().total().value() == 0;
        Map<String, String> names = plans.initiativeNames(associationId);
        List<List<String>> initiativeRows = a.initiatives().stream().map(f -> List.of(names.getOrDefault(f.initiativeId(), f.initiativeId()),
                f.participants().display(), f.exits().display(), share(f.shareEndingInWorkStudiesOrAf()), share(f.shareWithStepMovement()),
                days(f.meanDays()))).toList();
        return new YearEndReport.ParticipantFigures(empty ? List.of() : rows, empty ? List.of() : initiativeRows, a.threshold(),
                participantFollowUp.hasGeneratedData(associationId));
    }

    private static List<String> row(String label, Suppression.Row r) {
        return List.of(label, r.women().display(), r.men().display(), r.total().display());
    }

    private static List<String> shares(String label, Map<String, Double> shares) {
        return List.of(label, share(shares.get(se.samordna.shared.LegalSex.WOMAN.name())), share(shares.get(se.samordna.shared.LegalSex.MAN.name())), share(shares.get("TOTAL")));
    }

    private static String share(Double value) {
        return MoneyFormat.percent(value == null ? null : java.math.BigDecimal.valueOf(value));
    }

    private static String days(Long days) {
        return days == null ? "–" : String.valueOf(days);
    }


    @GetMapping({"/associations/{associationId}/year-end.pdf", "/api/v1/associations/{associationId}/documents/year-end.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable AssociationId associationId, @RequestParam int year) {
        Plan plan = plans.get(associationId).plan();
        return file(YearEndReport.pdf(plan, check(year), rows(associationId, plan, year), goalRows(associationId, year),
                surveyRows(associationId, year), participantFigures(associationId, year)), MediaType.APPLICATION_PDF, "uppfoljning-" + year + ".pdf");
    }

    @GetMapping({"/associations/{associationId}/year-end.docx", "/api/v1/associations/{associationId}/documents/year-end.docx"})
    ResponseEntity<byte[]> docx(@PathVariable AssociationId associationId, @RequestParam int year) {
        Plan plan = plans.get(associationId).plan();
        return file(YearEndReport.docx(plan, check(year), rows(associationId, plan, year), goalRows(associationId, year),
                surveyRows(associationId, year), participantFigures(associationId, year)), MediaType.valueOf("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "uppfoljning-" + year + ".docx");
    }

    private static int check(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(Text.of("place.ar"), Text.of("error.aretLiggerUtanfor20002100", year));
        }
        return year;
    }

    private List<YearEndReport.InitiativeRow> rows(AssociationId associationId, Plan plan, int year) {
        Map<String, Initiatives.FollowUpRow> byInitiative = new java.util.HashMap<>();
        initiatives.followUp(associationId).stream().filter(r -> r.year() == year).forEach(r -> byInitiative.put(r.initiativeId(), r));
        List<YearEndReport.InitiativeRow> rows = new ArrayList<>();
        for (Initiative i : plan.initiatives()) {
            Initiatives.FollowUpRow row = byInitiative.get(i.id());
            if (row == null) {
                continue;
            }
            Integer participants = records.reports(associationId, InitiativeId.of(i.id())).stream()
                    .filter(r -> r.submitted() && r.participants() != null && (r.period().startsWith(String.valueOf(year)) || "FINAL".equals(r.period())))
                    .map(InitiativeRecords.Report::participants).reduce(Integer::max).orElse(null);
            rows.add(new YearEndReport.InitiativeRow(i.name(), stateName(i), row.budget(), row.outcome(), participants));
        }
        return rows;
    }

    private List<YearEndReport.GoalRow> goalRows(AssociationId associationId, int year) {
        return goals.followUp(associationId, LocalDate.now()).stream().filter(g -> g.goal().year() == year)
                .map(g -> new YearEndReport.GoalRow(g.goal().title(), statusName(g.status()), g.indicators().stream()
                        .map(i -> i.indicator().name() + ": " + (i.latest() == null ? DocumentWords.of("doc.yearEndController.ejMatt") : i.latest().display()
                                + (i.latest().value() != null && i.indicator().unit() != null ? " " + i.indicator().unit() : ""))).toList()))
                .toList();
    }

    private static String stateName(Initiative i) {
        return switch (i.state()) {
            case IDEA -> "Idé";
            case APPLIED -> DocumentWords.of("doc.yearEndController.ansokan");
            case GRANTED -> DocumentWords.of("doc.yearEndController.beviljad");
            case REFUSED -> DocumentWords.of("doc.yearEndController.avslagen");
            case AGREED -> DocumentWords.of("doc.yearEndController.avtalTecknat");
            case RUNNING -> DocumentWords.of("doc.yearEndController.pagaende");
            case CLOSED -> DocumentWords.of("doc.yearEndController.avslutad");
        };
    }

    private static String statusName(se.samordna.goals.GoalStatus status) {
        return switch (status) {
            case MET -> DocumentWords.of("doc.yearEndController.uppfyllt");
            case ON_TRACK -> DocumentWords.of("doc.yearEndController.paVag");
            case AT_RISK -> "I fara";
            case NOT_MET -> "Ej uppfyllt";
            case NOT_MEASURED -> DocumentWords.of("doc.yearEndController.ejMatt2");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").contentType(type).body(content);
    }

}
