/**
 * Platform: what every capability runs on. Starts the embedded PostgreSQL (or connects to an external
 * server), languages, layout, error pages and the JSON error shape. Owns no business data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package se.samordna.platform;
