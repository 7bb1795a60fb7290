package se.samordna.goals;

/** A goal's or indicator's status, worst first. */
public enum GoalStatus {
    NOT_MET, AT_RISK, ON_TRACK, MET, NOT_MEASURED
}
