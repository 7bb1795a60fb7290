/**
 * Follow-up of participants with privacy by design: new-participant volumes by legal sex (exported for
 * Uppföljning Finsam), optional pseudonymous participant records seen only by the initiative's reporters,
 * and aggregates for everyone else in which small cells are suppressed (with complementary suppression).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participant follow-up")
package se.samordna.followup;
