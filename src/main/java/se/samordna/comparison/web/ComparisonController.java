package se.samordna.comparison.web;

import se.samordna.shared.UserId;
import se.samordna.shared.AssociationId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import se.samordna.association.Associations;
import se.samordna.comparison.KeyFigures;
import se.samordna.comparison.NationalComparison;
import se.samordna.identity.CurrentUser;
import se.samordna.identity.UserDirectory;
import se.samordna.shared.AssociationAccess;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.Role;
import se.samordna.shared.Text;

/**
 * The national comparison. People of a participating association see every participating association side
 * by side, their own highlighted; the NATIONAL role and others see aggregates only.
 */
@Controller
class ComparisonController {

    private final NationalComparison comparison;
    private final Associations associations;
    private final UserDirectory directory;

    private final int minimum;

    ComparisonController(NationalComparison comparison, Associations associations, UserDirectory directory,
                         @org.springframework.beans.factory.annotation.Value("${samordna.comparison.min-associations:5}") int minimum) {
        // Over fewer than five, the minimum, median and maximum are each one association's own figure: never shown.
        this.minimum = Math.max(5, minimum);
        this.comparison = comparison;
        this.associations = associations;
        this.directory = directory;
    }

    @GetMapping("/comparison")
    String page(@RequestParam(required = false) String sort, Model model) {
        CurrentUser user = directory.currentUser().orElseThrow(() -> new ForbiddenException(Text.of("error.inloggningKravs")));
        List<KeyFigures> figures = comparison.figures();
        Set<AssociationId> mine = participating(user);
        boolean participates = figures.stream().anyMatch(f -> mine.contains(f.associationId()));
        model.addAttribute("aggregates", NationalComparison.aggregates(figures, minimum));
        model.addAttribute("minimum", minimum);
        model.addAttribute("rows", participates ? NationalComparison.sorted(figures, sort) : List.of());
        model.addAttribute("participates", participates);
        model.addAttribute("mine", mine);
        model.addAttribute("count", figures.size());
        return "comparison/page";
    }

    @GetMapping("/api/v1/comparison")
    @ResponseBody
    Map<String, Object> api(@RequestParam(required = false) String sort) {
        CurrentUser user = directory.currentUser().orElseThrow(() -> new ForbiddenException(Text.of("error.inloggningKravs")));
        List<KeyFigures> figures = comparison.figures();
        Set<AssociationId> mine = participating(user);
        boolean participates = figures.stream().anyMatch(f -> mine.contains(f.associationId()));
        return Map.of("aggregates", NationalComparison.aggregates(figures, minimum),
                "associations", participates ? NationalComparison.sorted(figures, sort) : List.of());
    }

    /**
     * The associations whose opting in covers this person: those where they read the association's own figures
     * (director, board, preparation group, auditor). A participant reporter sees aggregates only.
     */
    private Set<AssociationId> participating(CurrentUser user) {
        Set<AssociationId> result = new java.util.HashSet<>();
        directory.rolesByAssociation(UserId.of(user.id())).forEach((association, roles) -> {
            if (roles.stream().anyMatch(r -> r != Role.INITIATIVE_REPORTER)) {
                result.add(AssociationId.of(association));
            }
        });
        return result;
    }

    @PostMapping("/associations/{associationId}/national-comparison")
    @AssociationAccess(Role.ADMIN)
    String join(@PathVariable AssociationId associationId, @RequestParam boolean join) {
        associations.joinNationalComparison(associationId, join);
        return "redirect:/associations/" + associationId + "/members";
    }
}
