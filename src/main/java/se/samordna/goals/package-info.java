/**
 * Goals: measurements of the plan's goal indicators (entered or computed from the budget and the activity
 * plans), each goal's status and history, the board's follow-up page with charts, the theory of change
 * drawn and edited in the browser, and activity plans ticked off.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Goals and follow-up")
package se.samordna.goals;
