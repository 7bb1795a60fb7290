/** The budget: lines per year, calculation of results and equity, the members' contributions and the allocation split, the budget table as printed. Part of the plan module's published API. */
@org.springframework.modulith.NamedInterface("budget")
package se.samordna.plan.budget;
