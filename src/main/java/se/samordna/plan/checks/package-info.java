/** The rules a plan is checked against, each finding with a stable code. Part of the plan module's published API. */
@org.springframework.modulith.NamedInterface("checks")
package se.samordna.plan.checks;
