package se.samordna.plan.web;

import se.samordna.shared.PlanId;
import se.samordna.shared.AssociationId;
import java.util.List;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanTexts;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.ConflictException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Markup;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * The plan's own text on a page: the sections in the association's order, each shown as the board will read it and
 * editable in place (heading and text in the small markup), moved up or down, removed; a new section from the suggested
 * headings or the association's own. A refused change shows the page again with the message beside the section and
 * everything typed kept.
 */
@Controller
class PlanTextPages {

    /** What the section form sends: {@code index} is the section's place (absent for a new one). */
    record SectionForm(Integer index, String heading, String text, Long version, Boolean appendix) {

        SectionForm(Integer index, String heading, String text, Long version) {
            this(index, heading, text, version, null);
        }

        public boolean isAppendix() {
            return Boolean.TRUE.equals(appendix);
        }
    }

    /** A section as the page shows it: its place, heading, text and the text drawn as HTML (escaped, safe links only). */
    record SectionView(int index, String heading, String text, String html, boolean appendix) {
    }

    private final Plans plans;
    private final PlanTexts texts;

    private final se.samordna.plan.CarriedOver review;

    PlanTextPages(Plans plans, PlanTexts texts, se.samordna.plan.CarriedOver review) {
        this.plans = plans;
        this.texts = texts;
        this.review = review;
    }

    record ReviewForm(String kind, String ref) {
    }

    /** The director confirms that a carried-over text or goal holds unchanged. */
    @org.springframework.web.bind.annotation.PostMapping("/associations/{associationId}/plans/{planId}/review")
    @se.samordna.shared.AssociationAccess(se.samordna.shared.Role.ADMIN)
    String confirm(@PathVariable AssociationId associationId, @PathVariable PlanId planId, ReviewForm form) {
        review.confirm(associationId, planId, PlanPeriodApi.kind(form.kind()), form.ref());
        return "redirect:/associations/" + associationId + "/plan-text#review";
    }

    @GetMapping("/associations/{associationId}/plan-text")
    String page(@PathVariable AssociationId associationId, Model model) {
        StoredPlan stored = plans.find(associationId).orElse(null);
        model.addAttribute("associationId", associationId);
        model.addAttribute("stored", stored);
        model.addAttribute("review", stored == null ? List.of() : review.open(stored.id()));
        List<Plan.Section> sections = stored == null ? List.of() : stored.plan().sections();
        model.addAttribute("sections", java.util.stream.IntStream.range(0, sections.size())
                .mapToObj(i -> new SectionView(i, sections.get(i).heading(), sections.get(i).text(), Markup.html(sections.get(i).text(),
                        org.springframework.context.i18n.LocaleContextHolder.getLocale(), "s" + i + "-"), sections.get(i).appendix()))
                .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SectionForm(null, "", "", null));
            model.addAttribute("problems", List.of());
        }
        return "budget/plan-text";
    }

    @PostMapping("/associations/{associationId}/plan-text")
    @AssociationAccess(Role.ADMIN)
    String add(@PathVariable AssociationId associationId, @ModelAttribute SectionForm form, Model model, HttpServletResponse response) {
        return step(associationId, form, model, response, () -> texts.add(associationId, version(form), form.heading(), form.text(), form.isAppendix()));
    }

    @PostMapping("/associations/{associationId}/plan-text/{index}")
    @AssociationAccess(Role.ADMIN)
    String update(@PathVariable AssociationId associationId, @PathVariable int index, @ModelAttribute SectionForm form, Model model,
                  HttpServletResponse response) {
        SectionForm kept = new SectionForm(index, form.heading(), form.text(), form.version(), form.appendix());
        return step(associationId, kept, model, response, () -> texts.update(associationId, version(form), index, form.heading(), form.text(),
                form.isAppendix()));
    }

    @PostMapping("/associations/{associationId}/plan-text/{index}/up")
    @AssociationAccess(Role.ADMIN)
    String up(@PathVariable AssociationId associationId, @PathVariable int index, @ModelAttribute SectionForm form, Model model,
              HttpServletResponse response) {
        return step(associationId, new SectionForm(index, null, null, form.version()), model, response,
                () -> texts.move(associationId, version(form), index, -1));
    }

    @PostMapping("/associations/{associationId}/plan-text/{index}/down")
    @AssociationAccess(Role.ADMIN)
    String down(@PathVariable AssociationId associationId, @PathVariable int index, @ModelAttribute SectionForm form, Model model,
                HttpServletResponse response) {
        return step(associationId, new SectionForm(index, null, null, form.version()), model, response,
                () -> texts.move(associationId, version(form), index, 1));
    }

    @PostMapping("/associations/{associationId}/plan-text/{index}/remove")
    @AssociationAccess(Role.ADMIN)
    String remove(@PathVariable AssociationId associationId, @PathVariable int index, @ModelAttribute SectionForm form, Model model,
                  HttpServletResponse response) {
        return step(associationId, new SectionForm(index, null, null, form.version()), model, response,
                () -> texts.remove(associationId, version(form), index));
    }

    private String step(AssociationId associationId, SectionForm form, Model model, HttpServletResponse response, Supplier<StoredPlan> action) {
        try {
            action.get();
            return "redirect:/associations/" + associationId + "/plan-text" + (form.index() == null ? "#new" : "#section-" + form.index());
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("form", form);
            model.addAttribute("problems", e instanceof InvalidInputException invalid ? invalid.problems()
                    : List.of(new InvalidInputException.Problem("", se.samordna.shared.Refusal.message(e, org.springframework.context.i18n.LocaleContextHolder.getLocale()))));
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            return page(associationId, model);
        }
    }

    private static long version(SectionForm form) {
        if (form.version() == null) {
            throw new InvalidInputException(Text.of("place.version"), Text.of("error.sidanSaknarPlanensVersionLadda"));
        }
        return form.version();
    }

}
