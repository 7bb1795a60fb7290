package se.samordna.plan;

public enum Severity {
    ERROR, WARNING, INFO
}
