package se.samordna.plan;


/** Individual-level or structural; fixed once registered (a mixed initiative is two initiatives). */
public enum InitiativeKind {
    INDIVIDUAL, STRUCTURAL;

    public CostCategory category() {
        return this == INDIVIDUAL ? CostCategory.INDIVIDUAL : CostCategory.STRUCTURAL;
    }
}
