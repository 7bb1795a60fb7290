package se.samordna.shared;

import java.util.EnumSet;
import java.util.Set;

/** A person's role in one association. A person may hold roles in several associations. */
public enum Role {
    /** Director and office: everything. */
    ADMIN,
    /** Reads everything, records board decisions. */
    BOARD,
    /** The preparation group (LSG, beredningsgrupp): reads, gives statements on applications. */
    PREPARATION,
    /** Staff of the member running an initiative: reports for the initiatives assigned to them, nothing else. */
    INITIATIVE_REPORTER,
    /** Reads everything including the audit log, changes nothing. */
    AUDITOR;

    /** The roles that read the association's plans, budgets and follow-up. */
    public static final Set<Role> READERS = EnumSet.of(ADMIN, BOARD, PREPARATION, AUDITOR);

    public boolean excludes(Role other) {
        return (this == ADMIN && other == INITIATIVE_REPORTER) || (this == INITIATIVE_REPORTER && other == ADMIN);
    }
}
