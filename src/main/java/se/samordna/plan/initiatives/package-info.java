/** Initiatives and their workflow: apply, statement, grant or refuse, agree, start, close. Part of the plan module's published API. */
@org.springframework.modulith.NamedInterface("initiatives")
package se.samordna.plan.initiatives;
