package se.samordna.cli;

import picocli.CommandLine.Command;

/** {@code plan …}: work on plan files without server or database. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Arbeta med planfiler (YAML) utan server.",
        subcommands = {PlanCheckCommand.class, PlanInitiativesCommand.class, PlanGoalsCommand.class, PlanDocumentCommand.class,
                PlanConvertCommand.class, PlanRollForwardCommand.class, PlanDiffCommand.class})
final class PlanCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
