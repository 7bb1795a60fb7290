package se.samordna.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import se.samordna.shared.AssociationId;
import se.samordna.shared.PlanId;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Markup;
import se.samordna.shared.Sha256;
import se.samordna.shared.Text;

/**
 * The plan's own text, one method per change, used by the page and the API alike: each is one save of the plan from the
 * version the person started from (so two people never overwrite each other), with one wording in the audit log. The
 * audit entry names the section and carries the SHA-256 of its new text rather than the text itself.
 */
@Service
public class PlanTexts {

    /** The most sections a plan has; each heading is one line of at most 200 characters. */
    public static final int MAX_SECTIONS = 40;
    public static final int MAX_HEADING = 200;

    private final Plans plans;

    PlanTexts(Plans plans) {
        this.plans = plans;
    }

    /** Replaces every section (the API's PUT): all or nothing. */
    public StoredPlan replace(AssociationId associationId, long version, List<Plan.Section> sections) {
        List<Plan.Section> cleaned = checked(sections);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("headings", cleaned.stream().map(Plan.Section::heading).toList());
        return plans.change(associationId, version, p -> p.withSections(cleaned), "plan-text", "all", "replaced", details);
    }

    /** Adds a section at the end. */
    public StoredPlan add(AssociationId associationId, long version, String heading, String text) {
        return add(associationId, version, heading, text, false);
    }

    /** Adds a section, or an appendix (printed after the plan's figures), at the end. */
    public StoredPlan add(AssociationId associationId, long version, String heading, String text, boolean appendix) {
        return plans.change(associationId, version, p -> {
            List<Plan.Section> sections = new ArrayList<>(p.sections());
            sections.add(new Plan.Section(heading, text, appendix));
            return p.withSections(checked(sections));
        }, "plan-text", clean(heading), "added", details(heading, text));
    }

    /** Changes the heading and text of the section at {@code index} (0-based, as the page lists them); an appendix stays one. */
    public StoredPlan update(AssociationId associationId, long version, int index, String heading, String text) {
        return plans.change(associationId, version, p -> {
            List<Plan.Section> sections = new ArrayList<>(p.sections());
            at(sections, index);
            sections.set(index, sections.get(index).with(heading, text));
            return p.withSections(checked(sections));
        }, "plan-text", clean(heading), "changed", details(heading, text));
    }

    /** Changes the heading and text of the section at {@code index}, and whether it is an appendix. */
    public StoredPlan update(AssociationId associationId, long version, int index, String heading, String text, boolean appendix) {
        return plans.change(associationId, version, p -> {
            List<Plan.Section> sections = new ArrayList<>(p.sections());
            at(sections, index);
            sections.set(index, new Plan.Section(heading, text, appendix));
            return p.withSections(checked(sections));
        }, "plan-text", clean(heading), "changed", details(heading, text));
    }

    /** Moves the section at {@code index} one place up ({@code -1}) or down ({@code 1}). */
    public StoredPlan move(AssociationId associationId, long version, int index, int step) {
        return plans.change(associationId, version, p -> {
            List<Plan.Section> sections = new ArrayList<>(p.sections());
            at(sections, index);
            int to = index + Integer.signum(step);
            if (to >= 0 && to < sections.size()) {
                sections.add(to, sections.remove(index));
            }
            return p.withSections(sections);
        }, "plan-text", String.valueOf(index), step < 0 ? "moved-up" : "moved-down", Map.of());
    }

    public StoredPlan remove(AssociationId associationId, long version, int index) {
        return plans.change(associationId, version, p -> {
            List<Plan.Section> sections = new ArrayList<>(p.sections());
            at(sections, index);
            sections.remove(index);
            return p.withSections(sections);
        }, "plan-text", String.valueOf(index), "removed", Map.of());
    }

    private static void at(List<Plan.Section> sections, int index) {
        if (index < 0 || index >= sections.size()) {
            throw new InvalidInputException(Text.of("place.avsnitt"), Text.of("error.avsnittetFinnsInteLangreI"));
        }
    }

    /** Every section cleaned and checked; every problem named with the section's place. */
    static List<Plan.Section> checked(List<Plan.Section> sections) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (sections.size() > MAX_SECTIONS) {
            problems.add(InvalidInputException.Problem.of(Text.of("place.sections"), Text.of("error.hogstAvsnittIEnPlan", MAX_SECTIONS)));
        }
        List<Plan.Section> cleaned = new ArrayList<>();
        Set<String> headings = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Plan.Section section = sections.get(i);
            String heading = clean(section.heading());
            String text = Markup.clean(section.text());
            if (heading.isEmpty() || heading.length() > MAX_HEADING || heading.contains("\n")) {
                problems.add(InvalidInputException.Problem.of(Text.of("place.sectionsHeading", i), Text.of("error.rubrikenSkaVaraEnRad", MAX_HEADING)));
            } else if (!headings.add(heading)) {
                problems.add(InvalidInputException.Problem.of(Text.of("place.sectionsHeading", i), Text.of("error.planenHarRedanEttAvsnitt", heading)));
            }
            String place = "sections[" + i + "].text";
            Markup.problems(text).forEach(p -> problems.add(InvalidInputException.Problem.of(place, Text.of("error.avsnittet", heading, p))));
            cleaned.add(section.with(heading, text));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cleaned;
    }

    private static String clean(String heading) {
        return heading == null ? "" : Markup.clean(heading);
    }

    private static Map<String, Object> details(String heading, String text) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("heading", clean(heading));
        details.put("textSha256", Sha256.hex(Markup.clean(text).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return details;
    }
}
