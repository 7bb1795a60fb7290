package se.samordna.plan.web;

import se.samordna.shared.AssociationId;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.plan.CostCategory;
import se.samordna.plan.EquityBase;
import se.samordna.plan.Plan;
import se.samordna.plan.Plans;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.FormFields;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/** The association's financial rules, changed by its ADMIN. */
@Controller
@AssociationAccess(Role.ADMIN)
class RulesController {

    private final Plans plans;

    RulesController(Plans plans) {
        this.plans = plans;
    }

    record RulesChange(@NotNull BigDecimal equityCeilingPercent, @NotNull EquityBase equityCeilingBase,
                       @NotNull Long equityFloorKronor, BigDecimal adminShareGoalPercent, Integer adminShareGoalYear,
                       Map<CostCategory, BigDecimal> targetSplit, @NotNull Long version) {
    }

    @PostMapping("/associations/{associationId}/rules")
    String change(@PathVariable AssociationId associationId, RulesForm form) {
        Plan.FinancialRules current = plans.get(associationId).plan().rules();
        plans.changeRules(associationId, form.rules(current.equityCeilingTiers()), FormFields.version(form.version()));
        return "redirect:/associations/" + associationId + "/members";
    }

    /**
     * The members page's rules form as typed: the equity ceiling (percent and base), the floor, the administration goal
     * (percent and year) and the planned split by category, posted as {@code split[ADMINISTRATION]} ….
     */
    record RulesForm(String equityCeilingPercent, String equityCeilingBase, String equityFloor, String adminShareGoalPercent,
                     String adminShareGoalYear, Map<String, String> split, String version) {

        Plan.FinancialRules rules(List<Plan.CeilingTier> tiers) {
            Map<CostCategory, BigDecimal> shares = new EnumMap<>(CostCategory.class);
            for (CostCategory category : CostCategory.values()) {
                String value = split == null ? null : split.get(category.name());
                if (!blank(value)) {
                    shares.put(category, number(value, Text.of("place.rules.plannedShare", category)));
                }
            }
            EquityBase base;
            try {
                base = EquityBase.valueOf(equityCeilingBase == null ? "" : equityCeilingBase);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Text.of("place.basForTaket"), Text.of("error.okandBas", equityCeilingBase));
            }
            return new Plan.FinancialRules(number(equityCeilingPercent, Text.of("place.rules.ceilingPercent")), base, tiers,
                    BudgetPages.parseAmount(equityFloor == null ? "" : equityFloor, "kr", Text.of("place.golvForEgetKapital")),
                    blank(adminShareGoalPercent) ? null : number(adminShareGoalPercent, Text.of("place.rules.adminShareGoal")),
                    blank(adminShareGoalYear) ? null : number(adminShareGoalYear, Text.of("place.malar")).intValueExact(), shares);
        }
    }

    @PutMapping("/api/v1/associations/{associationId}/rules")
    @ResponseBody
    Plan.FinancialRules changeApi(@PathVariable AssociationId associationId, @Valid @RequestBody RulesChange change) {
        Plan.FinancialRules current = plans.get(associationId).plan().rules();
        return plans.changeRules(associationId, new Plan.FinancialRules(change.equityCeilingPercent(), change.equityCeilingBase(),
                current.equityCeilingTiers(), Money.ofKronor(change.equityFloorKronor()), change.adminShareGoalPercent(),
                change.adminShareGoalYear(), change.targetSplit() == null ? Map.of() : change.targetSplit()), change.version())
                .plan().rules();
    }

    record InitiativeRulesChange(@NotNull Long steeringGroupThresholdKronor, @NotNull Boolean statementRequired, @NotNull Long version) {
    }

    @PostMapping("/associations/{associationId}/initiative-rules")
    String changeInitiativeRules(@PathVariable AssociationId associationId, @RequestParam String steeringGroupThreshold,
                                 @RequestParam(defaultValue = "false") boolean statementRequired, @RequestParam long version) {
        plans.changeInitiativeRules(associationId, new Plan.InitiativeRules(
                BudgetPages.parseAmount(steeringGroupThreshold, "kr", Text.of("place.gransForStyrgrupp")), statementRequired), version);
        return "redirect:/associations/" + associationId + "/members";
    }

    @PutMapping("/api/v1/associations/{associationId}/initiative-rules")
    @ResponseBody
    Map<String, Object> changeInitiativeRulesApi(@PathVariable AssociationId associationId, @Valid @RequestBody InitiativeRulesChange change) {
        var saved = plans.changeInitiativeRules(associationId, new Plan.InitiativeRules(Money.ofKronor(change.steeringGroupThresholdKronor()),
                change.statementRequired()), change.version());
        return Map.of("steeringGroupThresholdKronor", saved.plan().initiativeRules().steeringGroupThreshold().kronor(),
                "statementRequired", saved.plan().initiativeRules().statementRequired(), "version", saved.version());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static BigDecimal number(String raw, Text place) {
        try {
            return se.samordna.shared.Decimals.parse(raw == null ? "" : raw);
        } catch (se.samordna.shared.Decimals.BadNumber e) {
            throw new InvalidInputException(place, e.sentence(raw, Text.of("number.subject.number")));
        }
    }
}
