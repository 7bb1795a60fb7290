package se.samordna.plan;

/** How a cost line is classified in follow-up and in the planned split by category. */
public enum CostCategory {
    ADMINISTRATION, INDIVIDUAL, STRUCTURAL, PROCESS_SUPPORT, UNALLOCATED;
}
