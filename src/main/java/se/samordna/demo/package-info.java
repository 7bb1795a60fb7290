/**
 * Demonstration data: on first start with an empty database, the five seed associations are created
 * from their plan files and the system administrator becomes ADMIN in each, so a newcomer sees something.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demonstration data")
package se.samordna.demo;
