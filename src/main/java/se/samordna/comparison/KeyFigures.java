package se.samordna.comparison;

import java.math.BigDecimal;
import java.util.UUID;

import se.samordna.budget.CostCategory;
import se.samordna.budget.Initiative;
import se.samordna.budget.InitiativeKind;
import se.samordna.budget.Plan;
import se.samordna.budget.PlanCalculator;
import se.samordna.budget.YearFigures;
import se.samordna.shared.Money;

/**
 * One association's key figures for its budget year, computed from its plan; the survey agreement from its NNS answers,
 * with {@code generatedSurvey} when the association's follow-up holds generated demonstration data.
 */
public record KeyFigures(UUID associationId, String name, int year, Money allocation, BigDecimal equityShare, BigDecimal adminShare,
                         Money costPerParticipant, BigDecimal individualShare, BigDecimal structuralShare, BigDecimal surveyAgreement,
                         boolean generatedSurvey) {

    KeyFigures withSurveyAgreement(BigDecimal agreement, boolean generated) {
        return new KeyFigures(associationId, name, year, allocation, equityShare, adminShare, costPerParticipant, individualShare,
                structuralShare, agreement, generated && agreement != null);
    }

    static KeyFigures of(UUID id, Plan plan) {
        YearFigures year = PlanCalculator.years(plan).stream().filter(f -> f.kind() == se.samordna.budget.YearKind.BUDGET).findFirst()
                .orElse(PlanCalculator.years(plan).get(0));
        Money allocation = plan.allocations().stream().filter(a -> a.year() == year.year()).findFirst().map(Plan.Allocation::total)
                .orElse(year.contributions());
        BigDecimal equityShare = year.equityEnd() == null || allocation.isZero() ? null : year.equityEnd().percentOf(allocation, 1);
        BigDecimal adminShare = year.contributions().isZero() ? null : year.category(CostCategory.ADMINISTRATION).percentOf(year.contributions(), 1);
        long participants = plan.initiatives().stream().filter(i -> i.kind() == InitiativeKind.INDIVIDUAL)
                .map(Initiative::budgetedParticipants).filter(p -> p != null).mapToLong(Integer::longValue).sum();
        Money perParticipant = participants == 0 ? null
                : new Money(year.category(CostCategory.INDIVIDUAL).ore() / participants);
        Money initiatives = year.category(CostCategory.INDIVIDUAL).plus(year.category(CostCategory.STRUCTURAL));
        BigDecimal individual = initiatives.isZero() ? null : year.category(CostCategory.INDIVIDUAL).percentOf(initiatives, 1);
        BigDecimal structural = initiatives.isZero() ? null : year.category(CostCategory.STRUCTURAL).percentOf(initiatives, 1);
        return new KeyFigures(id, plan.association().name(), year.year(), allocation, equityShare, adminShare, perParticipant, individual,
                structural, null, false);
    }
}
