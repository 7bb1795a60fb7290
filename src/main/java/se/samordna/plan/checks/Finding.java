package se.samordna.plan.checks;

/** One result of checking a plan: a stable code, a severity, its year (or null) and a Swedish sentence with the amounts. */
public record Finding(String code, Severity severity, Integer year, String message) {
}
