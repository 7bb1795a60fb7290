package se.samordna.plan.checks;

public enum Severity {
    ERROR, WARNING, INFO
}
