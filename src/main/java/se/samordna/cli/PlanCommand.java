package se.samordna.cli;

import picocli.CommandLine.Command;

/** {@code plan …}: work on plan files without server or database. */
@Command(name = "plan", mixinStandardHelpOptions = true)
/** Its subcommands are added by {@link CommandLine#tree}, only the one a command line names. */
final class PlanCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
