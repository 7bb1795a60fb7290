/**
 * Budget: an association's members, its yearly allocation and the split by the law's shares, the
 * three-year budget with equity, its financial rules, the checks of a plan, and plans as YAML files.
 * The domain ({@link se.samordna.budget.Plan}, {@link se.samordna.budget.PlanCalculator},
 * {@link se.samordna.budget.PlanChecks}, {@link se.samordna.budget.PlanFiles}) is plain Java, so the
 * command line checks files without server or database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members, allocation and budget")
package se.samordna.budget;
