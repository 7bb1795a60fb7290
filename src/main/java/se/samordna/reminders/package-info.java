/**
 * Reminders: once a day, one e-mail digest per person of what waits for them — reports due soon or late (the
 * initiative's reporters), applications waiting for a statement (the preparation group) or a decision (the board), and
 * the plan's dates (the director) — sent once even when several instances run.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reminders")
package se.samordna.reminders;
