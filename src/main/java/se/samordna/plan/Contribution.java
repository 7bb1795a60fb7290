package se.samordna.plan;

import se.samordna.shared.Money;

/** What one member (or, where the key is not stated, the municipalities together) pays of a year's allocation. */
public record Contribution(String member, ContributionKind kind, Money amount) {
}
