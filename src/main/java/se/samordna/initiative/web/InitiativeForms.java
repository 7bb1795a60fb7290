package se.samordna.initiative.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import se.samordna.plan.Initiative;
import se.samordna.plan.InitiativeDraft;
import se.samordna.plan.InitiativeKind;
import se.samordna.shared.FormFields;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Text;

/**
 * The initiative pages' forms, each as typed (text, so a refused form can be shown again exactly as it was) with
 * accessors that read it: a refusal names the field's place. Amounts by year come as {@code amount[2026]}.
 */
public final class InitiativeForms {

    private InitiativeForms() {
    }

    /** The initiative's description: registering a new one or changing one. */
    public record DraftForm(String name, String kind, String owner, List<String> members, String targetGroup, String ageFrom, String ageTo,
                     String municipalities, String start, String end, String purpose, String goals, String budgetedParticipants,
                     String esf, String contactName, String contactEmail, String contactPhone, String steeringGroup, String version) {

        /** What was typed, read as far as it can be, with every field that could not be read. */
        public record Parsed(InitiativeDraft draft, List<InvalidInputException.Problem> problems) {
        }

        public InitiativeDraft draft() {
            Parsed parsed = parsed();
            if (!parsed.problems().isEmpty()) {
                throw new InvalidInputException(parsed.problems());
            }
            return parsed.draft();
        }

        /** Reads every field, collecting each one that cannot be read instead of stopping at the first. */
        public Parsed parsed() {
            List<InvalidInputException.Problem> problems = new ArrayList<>();
            InitiativeKind chosen = null;
            if (!FormFields.blank(kind)) {
                try {
                    chosen = InitiativeKind.valueOf(kind);
                } catch (IllegalArgumentException e) {
                    problems.add(InvalidInputException.Problem.of(Text.of("place.slag"), Text.of("error.okantSlag", kind)));
                }
            }
            Integer from = read(problems, () -> FormFields.whole(ageFrom, Text.of("place.ageFrom")));
            Integer to = read(problems, () -> FormFields.whole(ageTo, Text.of("place.ageTo")));
            LocalDate startDay = read(problems, () -> FormFields.date(start, Text.of("place.start")));
            LocalDate endDay = read(problems, () -> FormFields.date(end, Text.of("place.slut")));
            Integer participants = read(problems, () -> FormFields.whole(budgetedParticipants, Text.of("place.budgeteratAntalDeltagare")));
            List<Initiative.SteeringMember> steering = read(problems, this::steering);
            InitiativeDraft draft = new InitiativeDraft(name, chosen, FormFields.blank(owner) ? null : owner, members == null ? List.of() : members, targetGroup,
                    from, to,
                    Arrays.stream(municipalities == null ? new String[0] : municipalities.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    startDay, endDay, purpose, FormFields.lines(goals), participants, "true".equals(esf),
                    new Initiative.Contact(contactName, contactEmail, contactPhone), steering == null ? List.of() : steering);
            return new Parsed(draft, problems);
        }

        private static <T> T read(List<InvalidInputException.Problem> problems, java.util.function.Supplier<T> field) {
            try {
                return field.get();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                return null;
            }
        }

        /** One member a line: name | organisation | role, where a role starting "förbundschef" or "director" is the director. */
        private List<Initiative.SteeringMember> steering() {
            List<Initiative.SteeringMember> steering = new ArrayList<>();
            for (String line : FormFields.lines(steeringGroup)) {
                String[] parts = line.split("\\|");
                String role = parts.length > 2 ? parts[2].strip().toLowerCase(java.util.Locale.ROOT) : "";
                steering.add(new Initiative.SteeringMember(parts[0].strip(), parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null,
                        DIRECTOR_WORDS.stream().anyMatch(role::startsWith) ? Initiative.SteeringRole.DIRECTOR : Initiative.SteeringRole.MEMBER));
            }
            return steering;
        }

        public long planVersion() {
            return FormFields.version(version);
        }
    }

    /** The words that mark the director in the steering group field (data the field accepts, not text for people). */
    static final List<String> DIRECTOR_WORDS = List.of("förbundschef", "director");

    /** The application: the day it came, the amounts asked for by year and its text. */
    public record ApplicationForm(String date, Map<String, String> amount, String text, String version) {

        public LocalDate received() {
            return FormFields.date(date, Text.of("place.datum"));
        }

        public SortedMap<Integer, Money> amounts() {
            return FormFields.amountsByYear(amount);
        }

        public long planVersion() {
            return FormFields.version(version);
        }
    }

    /** The preparation group's statement, or a form with only a date (closing). */
    public record DatedForm(String date, String text, String version) {

        public LocalDate day() {
            return FormFields.date(date, Text.of("place.datum"));
        }

        public long planVersion() {
            return FormFields.version(version);
        }
    }

    /**
     * The board's decision: grant (amounts by year, conditions) or refuse (the reason), with the day and the minutes'
     * paragraph; {@code confirm} is the form's second step, granting although the budget would be short.
     */
    public record DecisionForm(String outcome, String date, String minutes, Map<String, String> amount, String conditions, String reason,
                        String confirm, String version) {

        public boolean refuses() {
            return "refuse".equals(outcome);
        }

        public boolean confirmed() {
            return "true".equals(confirm);
        }

        public LocalDate decidedOn() {
            return FormFields.date(date, Text.of("place.beslutsdatum"));
        }

        public SortedMap<Integer, Money> amounts() {
            return FormFields.amountsByYear(amount);
        }

        /** The amount typed for a year, as typed, to show the refused form again. */
        public String typed(int year) {
            return amount == null ? null : amount.get(String.valueOf(year));
        }

        public long planVersion() {
            return FormFields.version(version);
        }
    }

    /** The agreement: the day, the period, the amounts by year and the reports the initiative owes. */
    public record AgreementForm(String date, String start, String end, Map<String, String> amount, List<String> reports, String version) {

        public LocalDate signedOn() {
            return FormFields.date(date, Text.of("place.datum"));
        }

        public LocalDate starts() {
            return FormFields.date(start, Text.of("place.start"));
        }

        public LocalDate ends() {
            return FormFields.date(end, Text.of("place.slut"));
        }

        public SortedMap<Integer, Money> amounts() {
            return FormFields.amountsByYear(amount);
        }

        public List<Initiative.ReportKind> reportKinds() {
            if (reports == null) {
                return List.of();
            }
            try {
                return reports.stream().map(Initiative.ReportKind::valueOf).toList();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Text.of("place.rapporter"), Text.of("error.okantVarde", String.join(", ", reports)));
            }
        }

        public long planVersion() {
            return FormFields.version(version);
        }
    }

    /** A form that only carries the version it was filled from (starting an initiative). */
    public record VersionForm(String version) {

        public long planVersion() {
            return FormFields.version(version);
        }
    }
}
