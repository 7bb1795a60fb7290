package se.samordna.plan.web;

import se.samordna.shared.AssociationId;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanTexts;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.Markup;
import se.samordna.shared.Role;

@RestController
@Tag(name = "Plan text", description = "The plan's own text sections (vision, focus for the year, organisation …) in the association's order, in CommonMark without raw HTML")
class PlanTextApi {

    record Section(String heading, String text, boolean appendix, String html) {
    }

    record Sections(long version, List<Section> sections) {
    }

    /** {@code appendix}: printed after the plan's figures (optional, false). */
    record SectionInput(String heading, String text, Boolean appendix) {
    }

    record Replace(@NotNull Long version, @NotNull @Size(max = PlanTexts.MAX_SECTIONS) List<SectionInput> sections) {
    }

    private final Plans plans;
    private final PlanTexts texts;

    PlanTextApi(Plans plans, PlanTexts texts) {
        this.plans = plans;
        this.texts = texts;
    }

    @GetMapping("/api/v1/associations/{associationId}/plan/sections")
    @Operation(summary = "The current plan's text sections with the version to send back; html is the text drawn safely")
    Sections sections(@PathVariable AssociationId associationId) {
        return view(plans.get(associationId));
    }

    @PutMapping("/api/v1/associations/{associationId}/plan/sections")
    @AssociationAccess(Role.ADMIN)
    @Operation(summary = "Replaces every section, all or nothing: 400 naming the section when a heading or text is refused, 409 when the plan moved on from the version or is adopted")
    Sections replace(@PathVariable AssociationId associationId, @Valid @RequestBody Replace body) {
        List<Plan.Section> sections = body.sections().stream().map(s -> new Plan.Section(s.heading(), s.text(), Boolean.TRUE.equals(s.appendix()))).toList();
        return view(texts.replace(associationId, body.version(), sections));
    }

    private static Sections view(StoredPlan stored) {
        return new Sections(stored.version(), stored.plan().sections().stream()
                .map(s -> new Section(s.heading(), s.text(), s.appendix(), Markup.html(s.text(), org.springframework.context.i18n.LocaleContextHolder.getLocale()))).toList());
    }
}
