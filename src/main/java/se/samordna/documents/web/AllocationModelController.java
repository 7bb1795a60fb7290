package se.samordna.documents.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import se.samordna.plan.StateAllocationModel;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;
import se.samordna.shared.Text;

/** The state's allocation model as a calculator, for anyone signed in; it holds no association's data. */
@Controller
class AllocationModelController {

    /**
     * Illustrative figures of the right size for three of the seed associations: the support measure as a count of
     * full-year equivalents, the population 16–64, last year's state allocation (Klarälvdalen's 1 280 000 kr is the
     * preliminary 2025 figure its plan states; the others half their plans' member allocations) and the equity at
     * year end from the plans.
     */
    private static final String EXAMPLE = """
            förbund;försörjningsmått (helårsekvivalenter);befolkning 16–64;fjolårets tilldelning;eget kapital
            Västerbergslagen;2400;21500;2248000;1301000
            Klarälvdalen;1450;12100;1280000;2446000
            Södra Dalarna;3500;29800;3092000;700000""";

    record Request(@NotNull Long totalKronor, Long basePerAssociationKronor, BigDecimal supportShare, BigDecimal maxDecreasePercent,
                   BigDecimal equityLevelPercent, BigDecimal equityReductionPercent, @NotNull List<StateAllocationModel.Figures> associations) {
    }

    @GetMapping("/allocation-model")
    String page(Model model) {
        model.addAttribute("csv", EXAMPLE);
        model.addAttribute("total", "");
        model.addAttribute("base", "400000");
        model.addAttribute("supportShare", "75");
        model.addAttribute("maxDecrease", "");
        model.addAttribute("equityLevel", "");
        model.addAttribute("equityReduction", "");
        return "documents/allocation";
    }

    @PostMapping("/allocation-model")
    String calculate(@RequestParam String total, @RequestParam String base, @RequestParam String supportShare,
                     @RequestParam(defaultValue = "") String maxDecrease, @RequestParam(defaultValue = "") String equityLevel,
                     @RequestParam(defaultValue = "") String equityReduction, @RequestParam String csv, Model model) {
        BigDecimal share = number(supportShare, Text.of("place.allocation.supportShare"));
        StateAllocationModel.Parameters parameters = new StateAllocationModel.Parameters(Money.ofKronor(number(total, Text.of("place.allocation.total"))),
                Money.ofKronor(number(base, Text.of("place.allocation.base"))), share, BigDecimal.valueOf(100).subtract(share),
                optional(maxDecrease, Text.of("place.allocation.maxDecrease")), optional(equityLevel, Text.of("place.allocation.equityLevel")),
                optional(equityReduction, Text.of("place.allocation.equityReduction")));
        model.addAttribute("maxDecrease", maxDecrease);
        model.addAttribute("equityLevel", equityLevel);
        model.addAttribute("equityReduction", equityReduction);
        model.addAttribute("shares", StateAllocationModel.allocate(parameters, StateAllocationModel.parse(csv)));
        model.addAttribute("csv", csv);
        model.addAttribute("total", total);
        model.addAttribute("base", base);
        model.addAttribute("supportShare", supportShare);
        return "documents/allocation";
    }

    @PostMapping("/api/v1/allocation-model")
    @ResponseBody
    List<StateAllocationModel.Share> api(@Valid @RequestBody Request request) {
        BigDecimal share = request.supportShare() == null ? BigDecimal.valueOf(75) : request.supportShare();
        return StateAllocationModel.allocate(new StateAllocationModel.Parameters(Money.ofKronor(request.totalKronor()),
                Money.ofKronor(request.basePerAssociationKronor() == null ? 400_000 : request.basePerAssociationKronor()), share,
                BigDecimal.valueOf(100).subtract(share), request.maxDecreasePercent(), request.equityLevelPercent(), request.equityReductionPercent()),
                request.associations());
    }

    private static BigDecimal optional(String raw, Text place) {
        return raw == null || raw.isBlank() ? null : number(raw, place);
    }

    private static BigDecimal number(String raw, Text place) {
        try {
            return se.samordna.shared.Decimals.parse(raw);
        } catch (se.samordna.shared.Decimals.BadNumber e) {
            throw new InvalidInputException(place, e.sentence(raw, Text.of("number.subject.number")));
        }
    }
}
