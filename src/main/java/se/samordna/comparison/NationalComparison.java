package se.samordna.comparison;

import se.samordna.shared.AssociationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import se.samordna.association.Association;
import se.samordna.association.Associations;
import se.samordna.plan.Plans;
import se.samordna.shared.Text;

/** Key figures of the participating associations, and their aggregates. */
@Service
public class NationalComparison {

    private final Associations associations;
    private final Plans plans;
    private final se.samordna.followup.Surveys surveys;

    private final se.samordna.followup.ParticipantFollowUp participants;

    NationalComparison(Associations associations, Plans plans, se.samordna.followup.Surveys surveys,
                       se.samordna.followup.ParticipantFollowUp participants) {
        this.participants = participants;
        this.associations = associations;
        this.plans = plans;
        this.surveys = surveys;
    }

    /**
     * Minimum, median and maximum of one figure over the participating associations, in {@code unit} ({@code kr} or
     * {@code %}). Null unless at least the minimum number of associations has the figure: over fewer, an "aggregate"
     * would show one association's own figures.
     */
    /** One key figure across the associations: its name (Swedish in the API's {@code figure}), unit, count and spread. */
    public record Aggregate(String figure, String unit, int associations, BigDecimal min, BigDecimal median, BigDecimal max,
                            @com.fasterxml.jackson.annotation.JsonIgnore Text name) {
        public boolean shown() {
            return min != null;
        }

        /** The figure's name in the reader's language. */
        public String figure(java.util.Locale locale) {
            return name.in(locale);
        }
    }

    public List<KeyFigures> figures() {
        List<KeyFigures> result = new ArrayList<>();
        for (Association association : associations.inNationalComparison()) {
            plans.find(association.id()).ifPresent(stored -> {
                KeyFigures figures = KeyFigures.of(association.id().value(), stored.plan());
                List<BigDecimal> shares = surveys.results(association.id(), figures.year()).stream().map(se.samordna.followup.Surveys.Result::shareAgreeing)
                        .filter(Objects::nonNull).toList();
                result.add(figures.withSurveyAgreement(shares.isEmpty() ? null : shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(shares.size()), 1, RoundingMode.HALF_UP), participants.hasGeneratedData(association.id())));
            });
        }
        return result;
    }

    public static List<KeyFigures> sorted(List<KeyFigures> figures, String by) {
        Comparator<KeyFigures> comparator = switch (by == null ? "" : by) {
            case "allocation" -> Comparator.comparing(KeyFigures::allocation);
            case "equity" -> Comparator.comparing(KeyFigures::equityShare, Comparator.nullsLast(Comparator.naturalOrder()));
            case "admin" -> Comparator.comparing(KeyFigures::adminShare, Comparator.nullsLast(Comparator.naturalOrder()));
            case "participant" -> Comparator.comparing(KeyFigures::costPerParticipant, Comparator.nullsLast(Comparator.naturalOrder()));
            case "individual" -> Comparator.comparing(KeyFigures::individualShare, Comparator.nullsLast(Comparator.naturalOrder()));
            case "survey" -> Comparator.comparing(KeyFigures::surveyAgreement, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> Comparator.comparing(KeyFigures::name);
        };
        return figures.stream().sorted(comparator).toList();
    }

    public static List<Aggregate> aggregates(List<KeyFigures> figures, int minimum) {
        return List.of(
                aggregate("comparison.figure.allocation", "kr", figures, minimum, f -> f.allocation().exactKronor()),
                aggregate("comparison.figure.equityShare", "%", figures, minimum, KeyFigures::equityShare),
                aggregate("comparison.figure.adminShare", "%", figures, minimum, KeyFigures::adminShare),
                aggregate("comparison.figure.costPerParticipant", "kr", figures, minimum,
                        f -> f.costPerParticipant() == null ? null : f.costPerParticipant().exactKronor()),
                aggregate("comparison.figure.individualShare", "%", figures, minimum, KeyFigures::individualShare),
                aggregate("comparison.figure.surveyAgreement", "%", figures, minimum,
                        f -> f.generatedSurvey() ? null : f.surveyAgreement()));
    }

    private static Aggregate aggregate(String key, String unit, List<KeyFigures> figures, int minimum, Function<KeyFigures, BigDecimal> value) {
        Text name = Text.of(key);
        List<BigDecimal> values = figures.stream().map(value).filter(Objects::nonNull).sorted().toList();
        if (values.isEmpty() || values.size() < minimum) {
            return new Aggregate(name.swedish(), unit, values.size(), null, null, null, name);
        }
        int n = values.size();
        BigDecimal median = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return new Aggregate(name.swedish(), unit, n, values.get(0), median, values.get(n - 1), name);
    }
}
