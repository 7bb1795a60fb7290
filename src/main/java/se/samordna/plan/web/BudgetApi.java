package se.samordna.plan.web;

import se.samordna.shared.LineId;
import se.samordna.shared.AssociationId;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.plan.Finding;
import se.samordna.plan.rules.PlanChecks;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.PlanFiles;
import se.samordna.plan.PlanReport;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

@RestController
@Tag(name = "Budget", description = "Members, allocation, the three-year budget, equity and the checks of the plan — on the association's current plan: its newest DRAFT (or plan in consultation) if there is one, else its newest ADOPTED plan; an adopted plan refuses changes with 409")
class BudgetApi {

    private final Plans plans;

    private final se.samordna.plan.PlanCycle cycle;

    BudgetApi(Plans plans, se.samordna.plan.PlanCycle cycle) {
        this.plans = plans;
        this.cycle = cycle;
    }

    /** One amount: the line named by {@code lineId}, or by {@code group} and {@code line} (indexes as in the plan file). */
    record AmountChange(Integer group, Integer line, String lineId, @NotNull Integer year, @NotNull String amount,
                        String unit, @NotNull Long version) {
    }

    @GetMapping("/api/v1/associations/{associationId}/budget")
    @Operation(summary = "The budget computed from its lines (whole kronor), each member's contribution and the findings; with the version to send back when changing it")
    Map<String, Object> budget(@PathVariable AssociationId associationId) {
        StoredPlan stored = plans.get(associationId);
        return withVersion(associationId, stored);
    }

    @GetMapping("/api/v1/associations/{associationId}/budget/findings")
    @Operation(summary = "The checks of the plan")
    List<Finding> findings(@PathVariable AssociationId associationId) {
        se.samordna.plan.Plan plan = plans.get(associationId).plan();
        List<Finding> findings = new java.util.ArrayList<>(PlanChecks.check(plan));
        cycle.openingEquityFinding(associationId, plan).ifPresent(findings::add);
        return findings;
    }

    @PostMapping("/api/v1/associations/{associationId}/budget/amounts")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Change one amount of one line (lineId, or group and line index as in the plan file); refused with 409 if the version is not the current one")
    Map<String, Object> changeAmount(@PathVariable AssociationId associationId, @Valid @RequestBody AmountChange change) {
        String unit = BudgetPages.unit(change.unit() == null ? plans.get(associationId).plan().budget().unit() : change.unit());
        int[] place;
        if (change.lineId() != null) {
            place = plans.linePlace(associationId, LineId.of(change.lineId()));
        } else if (change.group() != null && change.line() != null) {
            place = new int[]{change.group(), change.line()};
        } else {
            throw new se.samordna.shared.InvalidInputException(java.util.List.of(se.samordna.shared.InvalidInputException.Problem.of("lineId",
                    se.samordna.shared.Text.of("budget.lineIdOrGroupAndLine"))));
        }
        StoredPlan saved = plans.changeAmount(associationId, place[0], place[1], change.year(),
                BudgetPages.parseAmount(change.amount(), unit, "amount"), change.version());
        return withVersion(associationId, saved);
    }

    record NewLine(@NotNull Integer group, String ref, @NotNull String name, @NotNull String type, String category,
                   @NotNull Long version) {
    }

    @PostMapping("/api/v1/associations/{associationId}/budget/lines")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Add a line to a group (amounts start at zero)")
    Map<String, Object> addLine(@PathVariable AssociationId associationId, @Valid @RequestBody NewLine line) {
        StoredPlan saved = plans.addLine(associationId, line.group(), line.ref(), line.name(), BudgetPages.lineType(line.type()),
                line.category() == null ? null : BudgetPages.category(line.category()), line.version());
        return withVersion(associationId, saved);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/associations/{associationId}/budget/lines/{group}/{line}")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Remove a line with its amounts")
    Map<String, Object> removeLine(@PathVariable AssociationId associationId, @PathVariable int group, @PathVariable int line,
                                   @org.springframework.web.bind.annotation.RequestParam long version) {
        StoredPlan saved = plans.removeLine(associationId, group, line, version);
        return withVersion(associationId, saved);
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/associations/{associationId}/budget/lines/{lineId}")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Remove the line with this id, with its amounts. When the books' account rules point at it, 409 naming them until confirm=true; the rules' accounts then show as unmapped")
    Map<String, Object> removeLineById(@PathVariable AssociationId associationId, @PathVariable String lineId,
                                       @org.springframework.web.bind.annotation.RequestParam long version,
                                       @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean confirm) {
        int[] place = plans.linePlace(associationId, LineId.of(lineId));
        return withVersion(associationId, plans.removeLine(associationId, place[0], place[1], version, confirm));
    }

    record Rename(@NotNull @jakarta.validation.constraints.Size(max = 200) String name, @NotNull Long version) {
    }

    @PutMapping("/api/v1/associations/{associationId}/budget/lines/{lineId}")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Rename the line with this id; its account rules, monthly profile, forecast and grants keep pointing at it. 409 when the version is not the current one")
    Map<String, Object> renameLine(@PathVariable AssociationId associationId, @PathVariable String lineId, @Valid @RequestBody Rename rename) {
        return withVersion(associationId, plans.renameLine(associationId, LineId.of(lineId), rename.name(), rename.version()));
    }

    record NewYear(@NotNull Integer year, @NotNull Long version) {
    }

    @PostMapping("/api/v1/associations/{associationId}/budget/years")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Add a year to the current plan's budget: right after the last (a plan year; lines start from the year before, initiatives' lines from their grants) or right before the first (a comparison column)")
    Map<String, Object> addYear(@PathVariable AssociationId associationId, @Valid @RequestBody NewYear year) {
        return withVersion(associationId, plans.addYear(associationId, year.year(), year.version()));
    }

    @org.springframework.web.bind.annotation.DeleteMapping("/api/v1/associations/{associationId}/budget/years/{year}")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Remove the first or last year of the current plan's budget with its amounts (never the budget year)")
    Map<String, Object> removeYear(@PathVariable AssociationId associationId, @PathVariable int year,
                                   @org.springframework.web.bind.annotation.RequestParam long version) {
        return withVersion(associationId, plans.removeYear(associationId, year, version));
    }

    @GetMapping("/api/v1/associations/{associationId}/plan")
    @Operation(summary = "Export the plan as a plan file (YAML, docs/plan-format.md)")
    ResponseEntity<String> export(@PathVariable AssociationId associationId) {
        StoredPlan stored = plans.get(associationId);
        return ResponseEntity.ok().header("ETag", "\"" + stored.version() + "\"")
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .body(PlanFiles.writeYaml(stored.plan()));
    }

    @PutMapping("/api/v1/associations/{associationId}/plan")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Import a plan file, all or nothing. Send If-Match with the version you started from when the association already has a plan.")
    Map<String, Object> importPlan(@PathVariable AssociationId associationId, @RequestBody byte[] body,
                                   @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        Long version = ifMatch == null ? null : parseVersion(ifMatch);
        String yaml = se.samordna.shared.Utf8.decode(body, "plan");
        try {
            StoredPlan saved = plans.importFile(associationId, yaml, version);
            return withVersion(associationId, saved);
        } catch (PlanFileException e) {
            throw BudgetPages.invalidFile(e);
        }
    }

    private Map<String, Object> withVersion(AssociationId associationId, StoredPlan stored) {
        Map<String, Object> report = new LinkedHashMap<>(PlanReport.of(stored.plan()));
        cycle.openingEquityFinding(associationId, stored.plan()).ifPresent(finding -> {
            List<Object> findings = new java.util.ArrayList<>((List<?>) report.get("findings"));
            findings.add(PlanReport.finding(finding));
            report.put("findings", findings);
        });
        report.put("lines", lines(stored.plan()));
        report.put("version", stored.version());
        report.put("planId", stored.id());
        report.put("planStatus", stored.status().name());
        return report;
    }

    /** Every budget line with its id (what the amount, rename and remove calls and the books' rules name it by). */
    private static List<Map<String, Object>> lines(se.samordna.plan.Plan plan) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        plan.budget().groups().forEach(g -> g.lines().forEach(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", l.id());
            line.put("group", g.name());
            line.put("ref", l.ref());
            line.put("name", l.name());
            line.put("type", l.type().name());
            line.put("category", l.category() == null ? null : l.category().name());
            line.put("initiative", l.initiative());
            Map<String, Long> amounts = new java.util.TreeMap<>();
            l.amounts().forEach((year, amount) -> amounts.put(String.valueOf(year), amount.kronor()));
            line.put("amounts", amounts);
            lines.add(line);
        }));
        return lines;
    }

    private static Long parseVersion(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("\"", "").replace("W/", "").trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Text.of("place.ifMatch"), Text.of("error.ifMatchSkaVaraPlanens"));
        }
    }
}
