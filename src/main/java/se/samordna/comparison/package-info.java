/**
 * The national comparison: key figures of the associations that opt in, side by side for their own people,
 * and for the NATIONAL role only as aggregates across associations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "National comparison")
package se.samordna.comparison;
