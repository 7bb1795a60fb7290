package se.samordna.initiative.web;

import se.samordna.shared.AssociationId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import se.samordna.plan.Initiative;
import se.samordna.initiative.InitiativeRecords;
import se.samordna.initiative.Initiatives;
import se.samordna.initiative.ReportSchedule;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.FormFields;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** An initiative's half-year, annual and final reports: read by everyone who reads the initiative, written by its reporters. */
@Controller
class InitiativeReportPages {

    private final Initiatives initiatives;
    private final InitiativeRecords records;
    private final Callers callers;

    InitiativeReportPages(Initiatives initiatives, InitiativeRecords records, Callers callers) {
        this.initiatives = initiatives;
        this.records = records;
        this.callers = callers;
    }

    @GetMapping("/associations/{associationId}/initiatives/{initiativeId}/reports/{period}")
    @AssociationAccess({Role.ADMIN, Role.BOARD, Role.PREPARATION, Role.AUDITOR, Role.INITIATIVE_REPORTER})
    String report(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @PathVariable String period,
                  HttpServletRequest request, Model model) {
        Initiatives.Caller caller = callers.of(request);
        Initiative initiative = initiatives.get(associationId, initiativeId, caller);
        ReportSchedule.Due due = ReportSchedule.due(initiative, period);
        model.addAttribute("associationId", associationId);
        model.addAttribute("i", initiative);
        model.addAttribute("due", due);
        model.addAttribute("report", records.report(associationId, initiativeId, period).orElse(null));
        model.addAttribute("sections", InitiativeRecords.SECTIONS);
        model.addAttribute("canWrite", caller.roles().contains(Role.ADMIN) || caller.roles().contains(Role.INITIATIVE_REPORTER));
        return "initiative/report";
    }

    @PostMapping("/associations/{associationId}/initiatives/{initiativeId}/reports/{period}")
    @AssociationAccess({Role.ADMIN, Role.INITIATIVE_REPORTER})
    String saveReport(@PathVariable AssociationId associationId, @PathVariable String initiativeId, @PathVariable String period,
                      ReportForm form, HttpServletRequest request) {
        boolean submit = form.submits();
        initiatives.report(associationId, initiativeId, period, callers.of(request), form.sections(), form.participantCount(), form.costsInKronor(),
                form.reportVersion(), submit);
        // A draft is saved and the reporter stays on the report; a submitted report goes back to the initiative.
        return submit ? InitiativePages.back(associationId, initiativeId)
                : "redirect:/associations/" + associationId + "/initiatives/" + initiativeId + "/reports/" + period + "?saved";
    }

    /** A report as typed: its sections ({@code section[done]} …), participants, costs, the version it was read at, and save or submit. */
    record ReportForm(Map<String, String> section, String participants, String costs, String version, String action) {

        Map<String, String> sections() {
            Map<String, String> sections = new LinkedHashMap<>();
            InitiativeRecords.SECTIONS.forEach(s -> sections.put(s, section == null ? "" : section.getOrDefault(s, "")));
            return sections;
        }

        Integer participantCount() {
            return FormFields.whole(participants, Text.of("place.deltagare"));
        }

        Money costsInKronor() {
            return FormFields.kronor(costs, Text.of("place.kostnader"));
        }

        /** Null for a report not saved before. */
        Long reportVersion() {
            return FormFields.blank(version) ? null : FormFields.version(version);
        }

        boolean submits() {
            return "submit".equals(action);
        }
    }
}
