package se.samordna.plan.web;

import se.samordna.shared.LineId;
import se.samordna.shared.AssociationId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.samordna.plan.BudgetTable;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.PlanFiles;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** The budget page: three years side by side, in kr or tkr, edited by ADMIN line by line; export and import of the plan file. */
@Controller
class BudgetPages {

    private final Plans plans;

    private final se.samordna.plan.PlanCycle cycle;

    BudgetPages(Plans plans, se.samordna.plan.PlanCycle cycle) {
        this.plans = plans;
        this.cycle = cycle;
    }

    /** The budget table with the findings that need the books too (the opening equity against the year before's close). */
    private BudgetTable table(AssociationId associationId, se.samordna.plan.StoredPlan stored, String unit) {
        BudgetTable table = BudgetTable.of(stored.plan(), unit, stored.version());
        return cycle.openingEquityFinding(associationId, stored.plan()).map(table::withFinding).orElse(table);
    }

    @GetMapping("/associations/{associationId}/budget")
    String page(@PathVariable AssociationId associationId, @RequestParam(defaultValue = "tkr") String unit, Model model,
                jakarta.servlet.http.HttpServletRequest request) {
        Object roles = request.getAttribute(AssociationAccess.ROLES_ATTRIBUTE);
        boolean admin = roles instanceof java.util.Set<?> set && set.contains(Role.ADMIN);
        java.util.Optional<StoredPlan> stored = plans.find(associationId);
        // An adopted plan is shown as adopted: nobody edits it here (a revision is made under Planperioder).
        model.addAttribute("editable", admin && stored.map(s -> s.status().open()).orElse(true));
        model.addAttribute("frozen", stored.map(s -> !s.status().open()).orElse(false));
        stored.ifPresent(s -> {
            model.addAttribute("table", table(associationId, s, unit(unit)));
            model.addAttribute("referenced", plans.referencedLines(associationId));
            model.addAttribute("commitments", se.samordna.plan.Commitments.of(s.plan()));
        });
        model.addAttribute("associationId", associationId);
        return "budget/page";
    }

    @GetMapping("/associations/{associationId}/budget/summary")
    String summary(@PathVariable AssociationId associationId, Model model) {
        plans.find(associationId).ifPresent(stored -> model.addAttribute("table", BudgetTable.of(stored.plan(), "tkr", stored.version())));
        model.addAttribute("associationId", associationId);
        return "budget/fragments :: budgetSummary";
    }

    /** An amount the person typed that was refused, to be shown again in its cell with the reason. */
    record Refused(String lineId, int year, String typed, String message) {
        public boolean at(String id, int y) {
            return lineId.equals(id) && year == y;
        }
    }

    /** The page's forms name a line by its id; group and line index (as in the plan file) are still understood. */
    private int[] place(AssociationId associationId, String lineId, Integer group, Integer line) {
        if (lineId != null && !lineId.isBlank()) {
            return plans.linePlace(associationId, LineId.of(lineId));
        }
        if (group == null || line == null) {
            throw new InvalidInputException(Text.of("place.rad"), Text.of("error.angeVilkenBudgetradSomAvses"));
        }
        return new int[] {group, line};
    }

    @PostMapping("/associations/{associationId}/budget/amount")
    String changeAmount(@PathVariable AssociationId associationId, @RequestParam(required = false) String lineId,
                        @RequestParam(required = false) Integer group, @RequestParam(required = false) Integer line,
                        @RequestParam int year, @RequestParam String amount, @RequestParam long version,
                        @RequestParam(defaultValue = "tkr") String unit,
                        @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                        jakarta.servlet.http.HttpServletResponse response) {
        int[] at = place(associationId, lineId, group, line);
        Money parsed;
        try {
            parsed = parseAmount(amount, unit(unit), Text.of("place.amountOfYear", year));
        } catch (InvalidInputException refused) {
            if (htmx == null) {
                throw refused;
            }
            // The table again with the amount as typed and the message beside it (422: htmx swaps it in); nothing saved.
            StoredPlan current = plans.get(associationId);
            model.addAttribute("table", table(associationId, current, unit(unit)));
            model.addAttribute("referenced", plans.referencedLines(associationId));
            model.addAttribute("associationId", associationId);
            model.addAttribute("editable", true);
            String id = current.plan().budget().groups().get(at[0]).lines().get(at[1]).id();
            model.addAttribute("refused", new Refused(id, year, amount, refused.problems().get(0).message(org.springframework.context.i18n.LocaleContextHolder.getLocale())));
            response.setStatus(422);
            return "budget/fragments :: budgetTable";
        }
        StoredPlan saved = plans.changeAmount(associationId, at[0], at[1], year, parsed, version);
        if (htmx == null) {
            return "redirect:/associations/" + associationId + "/budget?unit=" + unit(unit);
        }
        model.addAttribute("table", table(associationId, saved, unit(unit)));
        model.addAttribute("referenced", plans.referencedLines(associationId));
        model.addAttribute("associationId", associationId);
        model.addAttribute("editable", true);
        return "budget/fragments :: budgetTable";
    }

    @PostMapping("/associations/{associationId}/budget/lines")
    String addLine(@PathVariable AssociationId associationId, @RequestParam int group, @RequestParam(required = false) String ref,
                   @RequestParam String name, @RequestParam String type, @RequestParam(required = false) String category,
                   @RequestParam long version, @RequestParam(defaultValue = "tkr") String unit) {
        plans.addLine(associationId, group, ref, name, lineType(type), category == null || category.isBlank() ? null : category(category), version);
        return "redirect:/associations/" + associationId + "/budget?unit=" + unit(unit);
    }

    /** Renames a line; its account rules, profile, forecast and grants keep pointing at it by its id. */
    @PostMapping("/associations/{associationId}/budget/lines/rename")
    String renameLine(@PathVariable AssociationId associationId, @RequestParam String lineId, @RequestParam String name,
                      @RequestParam long version, @RequestParam(defaultValue = "tkr") String unit) {
        plans.renameLine(associationId, LineId.of(lineId), name, version);
        return "redirect:/associations/" + associationId + "/budget?unit=" + unit(unit);
    }

    @PostMapping("/associations/{associationId}/budget/lines/remove")
    String removeLine(@PathVariable AssociationId associationId, @RequestParam(required = false) String lineId,
                      @RequestParam(required = false) Integer group, @RequestParam(required = false) Integer line,
                      @RequestParam long version, @RequestParam(defaultValue = "tkr") String unit,
                      @RequestParam(defaultValue = "false") boolean confirm) {
        int[] at = place(associationId, lineId, group, line);
        plans.removeLine(associationId, at[0], at[1], version, confirm);
        return "redirect:/associations/" + associationId + "/budget?unit=" + unit(unit);
    }

    /** Adds or removes a year of the budget; a refused change shows the budget page again with the message at the form. */
    @PostMapping("/associations/{associationId}/budget/years")
    String changeYears(@PathVariable AssociationId associationId, YearForm form, Model model,
                       jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        try {
            int year = se.samordna.shared.Decimals.parse(form.year() == null ? "" : form.year()).intValueExact();
            long version = Long.parseLong(form.version() == null ? "" : form.version().strip());
            if ("remove".equals(form.action())) {
                plans.removeYear(associationId, year, version);
            } else {
                plans.addYear(associationId, year, version);
            }
            return "redirect:/associations/" + associationId + "/budget";
        } catch (ArithmeticException | NumberFormatException e) {
            return refusedYear(associationId, model, request, response, 
                    se.samordna.shared.Text.of("budget.notAYear", form.year() == null ? "" : form.year()).in(org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                    400, form);
        } catch (InvalidInputException e) {
            return refusedYear(associationId, model, request, response, e.problems().get(0).message(org.springframework.context.i18n.LocaleContextHolder.getLocale()), 400, form);
        } catch (se.samordna.shared.ConflictException e) {
            return refusedYear(associationId, model, request, response, se.samordna.shared.Refusal.message(e, org.springframework.context.i18n.LocaleContextHolder.getLocale()), 409, form);
        }
    }

    private String refusedYear(AssociationId associationId, Model model, jakarta.servlet.http.HttpServletRequest request,
                               jakarta.servlet.http.HttpServletResponse response, String message, int status, YearForm form) {
        response.setStatus(status);
        model.addAttribute("yearError", message);
        model.addAttribute("yearTyped", form.year() == null ? "" : form.year());
        return page(associationId, "tkr", model, request);
    }

    /** Adding or removing a budget year, as typed: the year, add or remove, and the version the page was read at. */
    record YearForm(String year, String action, String version) {
    }

    static se.samordna.plan.LineType lineType(String value) {
        try {
            return se.samordna.plan.LineType.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(Text.of("place.typ"), Text.of("error.okandRadtypValjContributionOther", value));
        }
    }

    static se.samordna.plan.CostCategory category(String value) {
        try {
            return se.samordna.plan.CostCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Text.of("place.kategori"), Text.of("error.okandKategoriValjAdministrationIndividual", value));
        }
    }

    @GetMapping("/associations/{associationId}/plan.yaml")
    ResponseEntity<String> export(@PathVariable AssociationId associationId) {
        StoredPlan stored = plans.get(associationId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan.yaml\"")
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .body(PlanFiles.writeYaml(stored.plan()));
    }

    @PostMapping("/associations/{associationId}/plan/import")
    @AssociationAccess(Role.ADMIN)
    String importFile(@PathVariable AssociationId associationId, @RequestParam("file") MultipartFile file,
                      @RequestParam(required = false) Long version, Model model) throws IOException {
        try {
            plans.importFile(associationId, se.samordna.shared.Utf8.decode(file.getBytes(), "fil"), version);
        } catch (PlanFileException e) {
            throw invalidFile(e);
        }
        return "redirect:/associations/" + associationId + "/budget";
    }

    /** A plan file's problems as a 4xx answer, each with its line. */
    static InvalidInputException invalidFile(PlanFileException e) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> {
                    Text place = p.line() > 0 ? Text.of("place.fileLine", p.line(), p.path()) : Text.of("place.filePath", p.path());
                    return new InvalidInputException.Problem(place.swedish(), p.message(), place, p.text());
                })
                .toList());
    }

    static String unit(String unit) {
        return "kr".equals(unit) ? "kr" : "tkr";
    }

    /** An amount as typed by a person: spaces as thousands separators, comma or point as decimal sign. */
    static Money parseAmount(String raw, String unit, String place) {
        return parseAmount(raw, unit, Text.of("place.filePath", place));
    }

    /** An amount typed in the unit; the place as the bundles name it. */
    static Money parseAmount(String raw, String unit, Text place) {
        try {
            Money amount = Money.parse(raw, unit);
            if (amount.abs().greaterThan(Money.ofKronor(1_000_000_000_000L))) {
                throw new InvalidInputException(place, Text.of("error.beloppetArOrimligtStort"));
            }
            return amount;
        } catch (se.samordna.shared.Decimals.BadNumber e) {
            throw new InvalidInputException(place, Text.of("number.withExample", e.notANumber() ? Text.of("number.notAnAmount", raw)
                    : Text.of("number.subjectReason", Text.of("number.subject.amount"), e.reason())));
        }
    }
}
