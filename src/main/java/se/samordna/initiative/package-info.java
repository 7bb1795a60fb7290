/**
 * Initiatives from idea to final report: the workflow pages and API (the rules live in the plan's
 * {@link se.samordna.plan.InitiativeWorkflow}), reporters, half-year/annual/final reports with due dates,
 * outcome against budget, and the public catalogue of running initiatives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Initiatives")
package se.samordna.initiative;
