/**
 * The command line in the same jar: {@code java -jar samordna.jar COMMAND …}. Commands here run
 * without the server or the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package se.samordna.cli;
