package se.samordna.cli;

import java.util.Arrays;

import picocli.CommandLine.Command;

/** Entry point for commands; {@code serve} (or no command) starts the web application instead. */
public final class CommandLine {

    private CommandLine() {
    }

    /**
     * Whether the arguments are for the command line. The server starts only with no arguments, with {@code serve}
     * first, or with Spring settings alone ({@code --server.port=8081}); anything else is a command, and a word that
     * is no command prints the usage and exits 2 instead of starting the server.
     */
    public static boolean isCommand(String[] args) {
        if (args.length == 0 || "serve".equals(args[0])) {
            return false;
        }
        return !java.util.Arrays.stream(args).allMatch(a -> a.startsWith("--") && a.contains("="));
    }

    /** The arguments for the server: everything after an optional {@code serve}. */
    public static String[] serverArguments(String[] args) {
        return args.length > 0 && "serve".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    public static int run(String[] args) {
        quietLogging();
        picocli.CommandLine cli = new picocli.CommandLine(new Root());
        cli.addSubcommand("help", new picocli.CommandLine.HelpCommand());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("Fel: " + ex.getMessage());
            return 2;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("Fel: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cli.execute(args);
    }

    /**
     * Commands print their own results; library logging (PDF, fonts) stays out of the way. Logging is configured, not
     * started: a command whose libraries never log (plan check) does not pay for starting Logback.
     */
    private static void quietLogging() {
        System.setProperty("logback.configurationFile", "cli/logback-cli.xml");
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
    }

    static String version() {
        String version = CommandLine.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Command(name = "samordna", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Samordna: planering, budget och uppföljning för samordningsförbund.",
                    "Utan kommando (eller med 'serve') startar webbapplikationen på http://localhost:8080."},
            subcommands = {VersionCommand.class, PlanCommand.class, LedgerCommand.class, AnnualReportCommand.class, AuditCommand.class,
                    BackupCommand.class, RestoreCommand.class},
            footer = {"", "Exempel:", "  java -jar target/samordna.jar plan check examples/plans/klaralvdalen-2025.yaml --json"})
    static final class Root implements Runnable {
        @Override
        public void run() {
            new picocli.CommandLine(this).usage(System.out);
        }
    }

    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"samordna " + version()};
        }
    }

    @Command(name = "version", description = "Skriver ut versionen.")
    static final class VersionCommand implements Runnable {
        @Override
        public void run() {
            System.out.println("samordna " + version());
        }
    }
}
