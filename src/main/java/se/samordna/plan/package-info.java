/**
 * The plan: an association's operational plan and budget as one aggregate ({@link se.samordna.plan.Plan}) with its
 * store of versions and fingerprints ({@link se.samordna.plan.Plans}). Its parts live in sub-packages a newcomer can
 * guess: {@code plan.budget} (lines, calculation, the allocation split, the budget table), {@code plan.initiatives}
 * (the initiative and its workflow), {@code plan.goals} (goals, target areas, theory of change, activity plans),
 * {@code plan.checks} (the rules a plan is checked against), {@code plan.file} (the YAML format) and {@code plan.web}.
 * The domain is plain Java, so the command line checks files without server or database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "The plan: members, budget, initiatives, goals and rules")
package se.samordna.plan;
