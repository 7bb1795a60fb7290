package se.samordna.plan;


/** The four kinds of member the law allows. The state's half is paid by Försäkringskassan, also for Arbetsförmedlingen. */
public enum MemberKind {
    FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN, REGION, MUNICIPALITY;

    /** The share of the allocation the kind belongs to in the law's split. */
    public ContributionKind contributionKind() {
        return switch (this) {
            case FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN -> ContributionKind.STATE;
            case REGION -> ContributionKind.REGION;
            case MUNICIPALITY -> ContributionKind.MUNICIPALITY;
        };
    }
}
