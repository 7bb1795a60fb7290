package se.samordna.ledger.web;

import se.samordna.shared.AssociationId;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import se.samordna.ledger.AccountRule;
import se.samordna.ledger.AccountRules;
import se.samordna.ledger.LedgerFollowUp;
import se.samordna.ledger.LedgerImports;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.ConflictException;
import se.samordna.shared.Decimals;
import se.samordna.shared.FormFields;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * The books page: upload the SIE file, map accounts to budget lines (most by suggestion), and read budget, actual and
 * forecast per line and month with the year's projected result and equity. A refused step shows the page again with
 * the message at its form.
 */
@Controller
class LedgerPages {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final LedgerImports imports;
    private final AccountRules rules;
    private final LedgerFollowUp followUp;

    LedgerPages(LedgerImports imports, AccountRules rules, LedgerFollowUp followUp) {
        this.imports = imports;
        this.rules = rules;
        this.followUp = followUp;
    }

    @GetMapping("/associations/{associationId}/ledger")
    String page(@PathVariable AssociationId associationId, @RequestParam(required = false) Integer year, Model model) {
        List<LedgerImports.Imported> years = imports.years(associationId);
        int shown = year != null ? year : years.isEmpty() ? LocalDate.now(SWEDEN).getYear() : years.get(0).yearStart().getYear();
        model.addAttribute("associationId", associationId);
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        try {
            model.addAttribute("view", followUp.view(associationId, shown));
        } catch (se.samordna.shared.NotFoundException e) {
            model.addAttribute("noPlan", e.message(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LedgerForm.EMPTY);
        }
        return "ledger/page";
    }

    /** The year's months per line, drawn when the page's "per month" part is opened. */
    @GetMapping("/associations/{associationId}/ledger/by-month")
    String byMonth(@PathVariable AssociationId associationId, @RequestParam int year, Model model) {
        model.addAttribute("associationId", associationId);
        model.addAttribute("view", followUp.view(associationId, year));
        model.addAttribute("form", LedgerForm.EMPTY);
        return "ledger/page :: byMonth";
    }

    @GetMapping("/associations/{associationId}/ledger/summary")
    String summary(@PathVariable AssociationId associationId, Model model) {
        List<LedgerImports.Imported> years = imports.years(associationId);
        model.addAttribute("associationId", associationId);
        // The month just ended should be in the books: say so when this year's books stop earlier (or are not in at all).
        java.time.YearMonth lastMonth = java.time.YearMonth.now(SWEDEN).minusMonths(1);
        java.time.LocalDate through = imports.booksThrough(associationId, lastMonth.getYear()).orElse(null);
        if (through == null || java.time.YearMonth.from(through).isBefore(lastMonth)) {
            model.addAttribute("booksDue", lastMonth.toString());
        }
        if (!years.isEmpty()) {
            try {
                model.addAttribute("view", followUp.view(associationId, years.get(0).yearStart().getYear()));
            } catch (se.samordna.shared.NotFoundException e) {
                // No plan has the books' year: nothing to project.
            }
        }
        return "ledger/page :: summary";
    }

    @PostMapping("/associations/{associationId}/ledger.se")
    @AssociationAccess(Role.ADMIN)
    String upload(@PathVariable AssociationId associationId, @RequestParam("file") MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            LedgerImports.Imported imported = imports.importSie(associationId, in, false, confirm);
            redirect.addFlashAttribute("importWarnings", imported.warnings());
            return "redirect:/associations/" + associationId + "/ledger?year=" + imported.yearStart().getYear();
        } catch (InvalidInputException e) {
            return refused(associationId, null, "upload", LedgerForm.EMPTY, e, model, response);
        }
    }

    @PostMapping("/associations/{associationId}/ledger/rules")
    @AssociationAccess(Role.ADMIN)
    String addRule(@PathVariable AssociationId associationId, @RequestParam int year, LedgerForm form, Model model,
                   HttpServletResponse response) {
        try {
            // The line by its id: a page loaded before someone else moved or removed lines cannot hit another line.
            List<LedgerFollowUp.LineRow> rows = followUp.view(associationId, year).rows();
            LedgerFollowUp.LineRow chosen = rows.stream().filter(r -> r.lineId() != null && r.lineId().equals(form.line()))
                    .findFirst().orElseThrow(() -> new InvalidInputException(Text.of("place.budgetrad"), Text.of("error.valjEnAvPlanensBudgetrader")));
            String[] accounts = (form.accounts() == null ? "" : form.accounts()).strip().split("\\s*[-–]\\s*", 2);
            String object = form.object() == null ? "" : form.object().strip();
            AccountRule rule = new AccountRule(null, accounts[0], accounts.length > 1 ? accounts[1] : accounts[0], object.isEmpty() ? null : object,
                    chosen.lineId(), chosen.group(), chosen.line());
            rules.add(associationId, List.of(rule), followUp.plan(associationId, year), version(form));
            return "redirect:/associations/" + associationId + "/ledger?year=" + year + "#rules";
        } catch (InvalidInputException | ConflictException e) {
            return refused(associationId, year, "rule", form, e, model, response);
        }
    }

    @PostMapping("/associations/{associationId}/ledger/rules/suggestions")
    @AssociationAccess(Role.ADMIN)
    String acceptSuggestions(@PathVariable AssociationId associationId, @RequestParam int year, LedgerForm form, Model model,
                             HttpServletResponse response) {
        try {
            rules.add(associationId, followUp.view(associationId, year).suggestions(), followUp.plan(associationId, year), version(form));
            return "redirect:/associations/" + associationId + "/ledger?year=" + year + "#rules";
        } catch (InvalidInputException | ConflictException e) {
            return refused(associationId, year, "suggestions", form, e, model, response);
        }
    }

    @PostMapping("/associations/{associationId}/ledger/rules/{ruleId}/remove")
    @AssociationAccess(Role.ADMIN)
    String removeRule(@PathVariable AssociationId associationId, @PathVariable UUID ruleId, @RequestParam int year, LedgerForm form,
                      Model model, HttpServletResponse response) {
        try {
            rules.remove(associationId, ruleId, version(form));
            return "redirect:/associations/" + associationId + "/ledger?year=" + year + "#rules";
        } catch (InvalidInputException | ConflictException e) {
            return refused(associationId, year, "rule", form, e, model, response);
        }
    }

    @PostMapping("/associations/{associationId}/ledger/forecast")
    @AssociationAccess(Role.ADMIN)
    String forecast(@PathVariable AssociationId associationId, @RequestParam int year, LedgerForm form, Model model,
                    HttpServletResponse response) {
        try {
            followUp.forecast(associationId, year, line(associationId, year, form), FormFields.blank(form.amount()) ? null : amount(form.amount()));
            return "redirect:/associations/" + associationId + "/ledger?year=" + year;
        } catch (InvalidInputException e) {
            return refused(associationId, year, "forecast", form, e, model, response);
        }
    }

    @PostMapping("/associations/{associationId}/ledger/profile")
    @AssociationAccess(Role.ADMIN)
    String profile(@PathVariable AssociationId associationId, @RequestParam int year, LedgerForm form, Model model,
                   HttpServletResponse response) {
        try {
            String raw = form.weights() == null ? "" : form.weights().strip();
            int[] weights = null;
            if (!raw.isEmpty()) {
                try {
                    weights = java.util.Arrays.stream(raw.split("[,;\\s]+")).mapToInt(Integer::parseInt).toArray();
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(Text.of("place.profil"), Text.of("error.arIngaVikterSkrivTolv", raw));
                }
            }
            followUp.profile(associationId, year, line(associationId, year, form), weights);
            return "redirect:/associations/" + associationId + "/ledger?year=" + year;
        } catch (InvalidInputException e) {
            return refused(associationId, year, "profile", form, e, model, response);
        }
    }

    /** The form's line: its id ({@code line}); a form that names a group too names the line by its name. */
    private String line(AssociationId associationId, int year, LedgerForm form) {
        return FormFields.blank(form.group()) ? followUp.lineId(associationId, year, form.line(), null, null)
                : followUp.lineId(associationId, year, null, form.group(), form.line());
    }

    private String refused(AssociationId associationId, Integer year, String step, LedgerForm form, RuntimeException e, Model model,
                           HttpServletResponse response) {
        // The page again with the refused form as typed (its step names which form) and the reason above.
        model.addAttribute("form", form);
        model.addAttribute("formStep", step);
        model.addAttribute("formProblems", e instanceof InvalidInputException invalid ? invalid.problems()
                : List.of(new InvalidInputException.Problem("", se.samordna.shared.Refusal.message(e, org.springframework.context.i18n.LocaleContextHolder.getLocale()))));
        response.setStatus(e instanceof ConflictException ? 409 : 400);
        return page(associationId, year, model);
    }

    static Money amount(String raw) {
        try {
            return Money.parse(raw, "kr");
        } catch (Decimals.BadNumber e) {
            throw new InvalidInputException(Text.of("place.prognos"), e.notANumber() ? Text.of("number.notAnAmountLarge", raw)
                    : e.sentence(raw, Text.of("number.subject.amount")));
        }
    }

    /**
     * The books page's forms as typed, one record for them all (each posts the fields it has): an account rule (the
     * line's index, accounts, object), a forecast or a monthly profile for a budget line, accepting suggestions.
     */
    public record LedgerForm(String line, String accounts, String object, String group, String amount, String weights, String version) {

        static final LedgerForm EMPTY = new LedgerForm(null, null, null, null, null, null, null);
    }

    private static long version(LedgerForm form) {
        try {
            return Long.parseLong(form.version() == null ? "" : form.version().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Text.of("place.version"), Text.of("error.sidanSaknarKopplingarnasVersionLadda"));
        }
    }
}
