/**
 * The plan: an association's operational plan and budget as one aggregate ({@link se.samordna.plan.Plan}) with its
 * store of versions and fingerprints ({@link se.samordna.plan.Plans}). This package is the module's one door: its
 * services and their verbs (the plan cycle's draft, consult, adopt, revise and roll forward; the initiative's
 * {@link se.samordna.plan.InitiativeWorkflow}; the goals' {@link se.samordna.plan.GoalEdits}), a plan's figures computed
 * once ({@link se.samordna.plan.PlanFigures}), its records (budget, members, initiatives, goals, findings) and its events
 * ({@link se.samordna.plan.PlanAdopted}, {@link se.samordna.plan.InitiativeEvent}). Its parts are internal:
 * {@code plan.rules} (the calculator and each rule, money rules as named policies), {@code plan.file} (the YAML format,
 * read through {@link se.samordna.plan.PlanFiles}) and {@code plan.web}. The domain is plain Java, so the command line
 * checks files without server or database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "The plan: members, budget, initiatives, goals and rules")
package se.samordna.plan;
