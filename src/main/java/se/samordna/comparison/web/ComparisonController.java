package se.samordna.comparison.web;

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

/**
 * The national comparison. People of a participating association see every participating association side
 * by side, their own highlighted; the NATIONAL role and others see aggregates only.
 */
@Controller
class ComparisonController {

    private final NationalComparison comparison;
    private final Associations associations;
    private final UserDirectory directory;

    ComparisonController(NationalComparison comparison, Associations associations, UserDirectory directory) {
        this.comparison = comparison;
        this.associations = associations;
        this.directory = directory;
    }

    @GetMapping("/comparison")
    String page(@RequestParam(required = false) String sort, Model model) {
        CurrentUser user = directory.currentUser().orElseThrow(() -> new ForbiddenException("Inloggning krävs."));
        List<KeyFigures> figures = comparison.figures();
        Set<UUID> mine = directory.rolesByAssociation(user.id()).keySet();
        boolean participates = figures.stream().anyMatch(f -> mine.contains(f.associationId()));
        model.addAttribute("aggregates", NationalComparison.aggregates(figures));
        model.addAttribute("rows", participates ? NationalComparison.sorted(figures, sort) : List.of());
        model.addAttribute("participates", participates);
        model.addAttribute("mine", mine);
        model.addAttribute("count", figures.size());
        return "comparison/page";
    }

    @GetMapping("/api/v1/comparison")
    @ResponseBody
    Map<String, Object> api(@RequestParam(required = false) String sort) {
        CurrentUser user = directory.currentUser().orElseThrow(() -> new ForbiddenException("Inloggning krävs."));
        List<KeyFigures> figures = comparison.figures();
        Set<UUID> mine = directory.rolesByAssociation(user.id()).keySet();
        boolean participates = figures.stream().anyMatch(f -> mine.contains(f.associationId()));
        return Map.of("aggregates", NationalComparison.aggregates(figures),
                "associations", participates ? NationalComparison.sorted(figures, sort) : List.of());
    }

    @PostMapping("/associations/{associationId}/national-comparison")
    @AssociationAccess(Role.ADMIN)
    String join(@PathVariable UUID associationId, @RequestParam boolean join) {
        associations.joinNationalComparison(associationId, join);
        return "redirect:/associations/" + associationId + "/members";
    }
}
