/** What the plan steers by: target areas, the theory of change, goals with indicators, activity plans. Part of the plan module's published API. */
@org.springframework.modulith.NamedInterface("goals")
package se.samordna.plan.goals;
