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
import se.samordna.plan.budget.StateAllocationModel;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.Money;

/** The state's allocation model as a calculator, for anyone signed in; it holds no association's data. */
@Controller
class AllocationModelController {

    private static final String EXAMPLE = """
            förbund;försörjningsmått;befolkning 16–64
            Västerbergslagen;3,1;21500
            Klarälvdalen;3,4;12100
            Södra Dalarna;3,0;29800""";

    record Request(@NotNull Long totalKronor, Long basePerAssociationKronor, BigDecimal supportShare,
                   @NotNull List<StateAllocationModel.Figures> associations) {
    }

    @GetMapping("/allocation-model")
    String page(Model model) {
        model.addAttribute("csv", EXAMPLE);
        model.addAttribute("total", "");
        model.addAttribute("base", "400000");
        model.addAttribute("supportShare", "75");
        return "documents/allocation";
    }

    @PostMapping("/allocation-model")
    String calculate(@RequestParam String total, @RequestParam String base, @RequestParam String supportShare,
                     @RequestParam String csv, Model model) {
        BigDecimal share = number(supportShare, "andel efter försörjningsmått");
        StateAllocationModel.Parameters parameters = new StateAllocationModel.Parameters(Money.ofKronor(number(total, "total tilldelning")),
                Money.ofKronor(number(base, "grundbelopp")), share, BigDecimal.valueOf(100).subtract(share));
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
                BigDecimal.valueOf(100).subtract(share)), request.associations());
    }

    private static BigDecimal number(String raw, String place) {
        try {
            return se.samordna.shared.Decimals.parse(raw);
        } catch (se.samordna.shared.Decimals.BadNumber e) {
            throw new InvalidInputException(place, (e.notANumber() ? "'" + raw + "' " : "Talet ") + e.getMessage() + ".");
        }
    }
}
