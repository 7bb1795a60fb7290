package se.samordna.plan.web;

import se.samordna.shared.AssociationId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import se.samordna.plan.BudgetTable;
import se.samordna.plan.Member;
import se.samordna.plan.Plan;
import se.samordna.plan.Plans;
import se.samordna.plan.StoredPlan;

/** The members of an association, their board seats, the allocation split and the financial rules. */
@Controller
class MemberPages {

    private final Plans plans;

    MemberPages(Plans plans) {
        this.plans = plans;
    }

    @GetMapping("/associations/{associationId}/members")
    String page(@PathVariable AssociationId associationId, Model model) {
        StoredPlan stored = plans.find(associationId).orElse(null);
        model.addAttribute("associationId", associationId);
        model.addAttribute("plan", stored == null ? null : stored.plan());
        model.addAttribute("table", stored == null ? null : BudgetTable.of(stored.plan(), "kr", stored.version()));
        return "budget/members";
    }

    record MembersView(List<Member> members, Plan.FinancialRules rules, List<Plan.Allocation> allocations) {
    }

    @GetMapping("/api/v1/associations/{associationId}/members")
    @ResponseBody
    MembersView api(@PathVariable AssociationId associationId) {
        Plan plan = plans.get(associationId).plan();
        return new MembersView(plan.members(), plan.rules(), plan.allocations());
    }
}
