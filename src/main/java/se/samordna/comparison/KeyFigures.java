package se.samordna.comparison;

import se.samordna.shared.AssociationId;
import java.math.BigDecimal;
import java.util.UUID;

import se.samordna.plan.CostCategory;
import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeKind;
import se.samordna.plan.Plan;
import se.samordna.plan.YearFigures;
import se.samordna.shared.Money;

/**
 * One association's key figures for its budget year, computed from its plan; the survey agreement from its NNS answers,
 * with {@code generatedSurvey} when the association's follow-up holds generated demonstration data.
 */
public record KeyFigures(AssociationId associationId, String name, int year, Money allocation, BigDecimal equityShare, BigDecimal adminShare,
                         Money costPerParticipant, BigDecimal individualShare, BigDecimal structuralShare, BigDecimal surveyAgreement,
                         boolean generatedSurvey) {

    KeyFigures withSurveyAgreement(BigDecimal agreement, boolean generated) {
        return new KeyFigures(associationId, name, year, allocation, equityShare, adminShare, costPerParticipant, individualShare,
                structuralShare, agreement, generated && agreement != null);
    }

    static KeyFigures of(UUID id, Plan plan) {
        YearFigures year = se.samordna.plan.PlanFigures.of(plan).budgetYear();
        Money allocation = plan.allocations().stream().filter(a -> a.year() == year.year()).findFirst().map(Plan.Allocation::total)
                .orElse(year.contributions());
        BigDecimal equityShare = year.equityEnd() == null || allocation.isZero() ? null : year.equityEnd().percentOf(allocation, 1);
        BigDecimal adminShare = year.contributions().isZero() ? null : year.category(CostCategory.ADMINISTRATION).percentOf(year.contributions(), 1);
        // Cost per budgeted participant: only initiatives with budgeted participants and a cost in this very year, so one
        // year's grants are never divided by another year's participants.
        long participants = 0;
        Money cost = Money.ZERO;
        for (Initiative initiative : plan.initiatives()) {
            if (initiative.kind() != InitiativeKind.INDIVIDUAL || initiative.budgetedParticipants() == null || initiative.budgetedParticipants() <= 0) {
                continue;
            }
            Money inYear = plan.budget().groups().stream().flatMap(g -> g.lines().stream())
                    .filter(l -> plan.funds(l, initiative))
                    .map(l -> l.amount(year.year())).reduce(Money.ZERO, Money::plus);
            if (inYear.isPositive()) {
                participants += initiative.budgetedParticipants();
                cost = cost.plus(inYear);
            }
        }
        Money perParticipant = participants == 0 ? null : new Money(cost.ore() / participants);
        Money initiatives = year.category(CostCategory.INDIVIDUAL).plus(year.category(CostCategory.STRUCTURAL));
        BigDecimal individual = initiatives.isZero() ? null : year.category(CostCategory.INDIVIDUAL).percentOf(initiatives, 1);
        BigDecimal structural = initiatives.isZero() ? null : year.category(CostCategory.STRUCTURAL).percentOf(initiatives, 1);
        return new KeyFigures(AssociationId.of(id), plan.association().name(), year.year(), allocation, equityShare, adminShare, perParticipant, individual,
                structural, null, false);
    }
}
