/**
 * Audit: the append-only log of every change of data (who, when, which entity, what changed).
 * Other modules call {@link se.samordna.audit.AuditLog#record}; ADMIN and AUDITOR read it.
 * The database refuses updates and deletes of entries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package se.samordna.audit;
