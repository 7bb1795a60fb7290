package se.samordna;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

import se.samordna.cli.CommandLine;

/**
 * Samordna: one jar that is both the web application and the command line.
 * Commands that need no server (for example {@code plan check}) never start Spring or the database.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class SamordnaApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.runInOwnProcess(args));
        }
        SpringApplication.run(SamordnaApplication.class, CommandLine.serverArguments(args));
    }
}
