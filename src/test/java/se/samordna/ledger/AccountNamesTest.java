package se.samordna.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.samordna.plan.Plan;
import se.samordna.plan.Seeds;
import se.samordna.shared.Money;

/**
 * A real chart of accounts against Västerbergslagen's budget: accounts named like a line are suggested for it (an income
 * account only for an income line: "Övriga intäkter" does not go to "Övriga administrationskostnader"), and a name that
 * fits several lines or none is left to the director.
 */
class AccountNamesTest {

    private static LedgerFollowUp.Unmapped account(String number, String name) {
        return new LedgerFollowUp.Unmapped(number, name, null, Money.ofKronor(1000));
    }

    @Test
    void accountsAreSuggestedForTheLineTheirNameSharesWordsWith() {
        Plan plan = Seeds.plan("vasterbergslagen-2025.yaml");
        List<AccountRule> suggested = AccountNames.suggestions(plan, List.of(account("6420", "Revisionsarvode"),
                account("3010", "Bidrag från medlemmarna"), account("3990", "Övriga intäkter"), account("6250", "Porto"),
                account("7010", "Lön förbundschef"), account("1930", "Bank")), List.of());
        assertThat(suggested).extracting(r -> r.from() + " → " + r.line())
                .containsExactlyInAnyOrder("6420 → Revision", "3010 → Bidrag");
        // A suggestion already made by the line's own number is not made twice.
        AccountRule byNumber = new AccountRule(null, "6420", "6420", null, "Administration", "Revision");
        assertThat(AccountNames.suggestions(plan, List.of(account("6420", "Revisionsarvode")), List.of(byNumber))).isEmpty();
    }
}
