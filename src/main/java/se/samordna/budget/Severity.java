package se.samordna.budget;

public enum Severity {
    ERROR, WARNING, INFO
}
