package se.samordna.ledger.web;

import se.samordna.shared.AssociationId;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samordna.ledger.AccountRule;
import se.samordna.ledger.AccountRules;
import se.samordna.ledger.LedgerFollowUp;
import se.samordna.ledger.LedgerImports;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.Money;
import se.samordna.shared.Role;

@RestController
@Tag(name = "Books", description = "The ledger from the bookkeeping (SIE), accounts mapped to budget lines, budget against actual by month with forecast and projected equity")
class LedgerApi {

    private final LedgerImports imports;
    private final AccountRules rules;
    private final LedgerFollowUp followUp;

    LedgerApi(LedgerImports imports, AccountRules rules, LedgerFollowUp followUp) {
        this.imports = imports;
        this.rules = rules;
        this.followUp = followUp;
    }

    @PutMapping("/api/v1/associations/{associationId}/ledger")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Import the books: the SIE file (types 1-4, PC8) as the request body, read as a stream (at most 64 MB). All or nothing, every problem as \"rad N\"; a new import of a financial year replaces that year. A file without the organisation number the books carry is refused unless confirm=true; warnings name what to check (the company name, a number recorded)")
    LedgerImports.Imported importSie(@PathVariable AssociationId associationId, @RequestParam(defaultValue = "false") boolean confirm,
                                     HttpServletRequest request) throws IOException {
        return imports.importSie(associationId, request.getInputStream(), false, confirm);
    }

    @GetMapping("/api/v1/associations/{associationId}/ledger")
    @Operation(summary = "The financial years the books hold, newest first, with each import's checksum")
    List<LedgerImports.Imported> years(@PathVariable AssociationId associationId) {
        return imports.years(associationId);
    }

    @GetMapping("/api/v1/associations/{associationId}/ledger/{year}/follow-up")
    @Operation(summary = "Budget against actual for the year: per budget line the budget by month, actual by month, to date, forecast; projected result and equity; accounts that map nowhere. Amounts in öre")
    LedgerFollowUp.View view(@PathVariable AssociationId associationId, @PathVariable int year) {
        return followUp.view(associationId, year);
    }

    /** The line by {@code lineId} (as the follow-up gives it), or by {@code group} and {@code line} name. */
    record Forecast(@Size(max = 200) String lineId, @Size(max = 200) String group, @Size(max = 200) String line, String amount) {
    }

    @PutMapping("/api/v1/associations/{associationId}/ledger/{year}/forecast")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Set the forecast for a line's whole year in kronor (\"1 250 000\"); an empty amount returns to the budget")
    LedgerFollowUp.View forecast(@PathVariable AssociationId associationId, @PathVariable int year, @Valid @RequestBody Forecast forecast) {
        Money amount = forecast.amount() == null || forecast.amount().isBlank() ? null : LedgerPages.amount(forecast.amount());
        followUp.forecast(associationId, year, followUp.lineId(associationId, year, forecast.lineId(), forecast.group(), forecast.line()), amount);
        return followUp.view(associationId, year);
    }

    @GetMapping({"/api/v1/associations/{associationId}/ledger/{year}/budget.se", "/associations/{associationId}/ledger/{year}/budget.se"})
    @Operation(summary = "The budget followed this year as a SIE file (type 2, #PBUDGET per account and month) for the bookkeeping; lines with no account to go to are named in the header X-Samordna-Not-Exported")
    org.springframework.http.ResponseEntity<byte[]> budgetSie(@PathVariable AssociationId associationId, @PathVariable int year) {
        se.samordna.ledger.BudgetExport.Export export = se.samordna.ledger.BudgetExport.of(followUp.plan(associationId, year), year,
                rules.of(associationId).rules(), imports.orgNumber(associationId).orElse(null));
        return org.springframework.http.ResponseEntity.ok()
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"budget-" + year + ".se\"")
                .header("X-Samordna-Not-Exported", String.valueOf(export.notExported().size()))
                .contentType(org.springframework.http.MediaType.valueOf("text/plain; charset=IBM437"))
                .body(se.samordna.ledger.BudgetExport.bytes(export));
    }

    record Profile(@Size(max = 200) String lineId, @Size(max = 200) String group, @Size(max = 200) String line, List<Integer> weights) {
    }

    @PutMapping("/api/v1/associations/{associationId}/ledger/{year}/profile")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "How a line's budget is spread over the months: twelve weights (e.g. [1,1,1,1,1,1,0,1,1,1,1,1] for no cost in July); null spreads it evenly again")
    LedgerFollowUp.View profile(@PathVariable AssociationId associationId, @PathVariable int year, @Valid @RequestBody Profile profile) {
        followUp.profile(associationId, year, followUp.lineId(associationId, year, profile.lineId(), profile.group(), profile.line()),
                profile.weights() == null ? null
                : profile.weights().stream().mapToInt(w -> w == null ? -1 : w).toArray());
        return followUp.view(associationId, year);
    }

    @GetMapping("/api/v1/associations/{associationId}/ledger/rules")
    @Operation(summary = "The rules from accounts to budget lines, most specific first, with their version")
    AccountRules.Rules rules(@PathVariable AssociationId associationId) {
        return rules.of(associationId);
    }

    /** The line by {@code lineId}, or by {@code group} and {@code line} name. */
    record NewRule(@NotNull @Size(max = 10) String from, @Size(max = 10) String to, @Size(max = 60) String object,
                   @Size(max = 200) String lineId, @Size(max = 200) String group, @Size(max = 200) String line, @NotNull Long version) {
    }

    @PostMapping("/api/v1/associations/{associationId}/ledger/rules")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Map accounts (a prefix, or from-to) and optionally one object (\"1:100\") to a budget line of the plan followed this year")
    AccountRules.Rules addRule(@PathVariable AssociationId associationId, @RequestParam int year, @Valid @RequestBody NewRule rule) {
        AccountRule added = new AccountRule(null, rule.from().strip(), rule.to() == null || rule.to().isBlank() ? rule.from().strip() : rule.to().strip(),
                rule.object() == null || rule.object().isBlank() ? null : rule.object().strip(), rule.lineId(), rule.group(), rule.line());
        return rules.add(associationId, List.of(added), followUp.plan(associationId, year), rule.version());
    }

    record Version(@NotNull Long version) {
    }

    @PostMapping("/api/v1/associations/{associationId}/ledger/rules/suggestions")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Take every suggested rule (read from the budget lines' numbers) at once")
    AccountRules.Rules acceptSuggestions(@PathVariable AssociationId associationId, @RequestParam int year, @Valid @RequestBody Version version) {
        LedgerFollowUp.View view = followUp.view(associationId, year);
        return rules.add(associationId, view.suggestions(), followUp.plan(associationId, year), version.version());
    }

    @DeleteMapping("/api/v1/associations/{associationId}/ledger/rules/{ruleId}")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Remove a rule")
    AccountRules.Rules removeRule(@PathVariable AssociationId associationId, @PathVariable UUID ruleId, @RequestParam long version) {
        return rules.remove(associationId, ruleId, version);
    }
}
