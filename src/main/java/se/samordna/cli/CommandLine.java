package se.samordna.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine.Command;

/** Entry point for commands; {@code serve} (or no command) starts the web application instead. */
public final class CommandLine {

    /** Set once by {@link #runInOwnProcess}: the JVM ends when the command answers. */
    private static volatile boolean ownProcess;

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
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                return true;
            }
        }
        return false;
    }

    /** The arguments for the server: everything after an optional {@code serve}. */
    public static String[] serverArguments(String[] args) {
        return args.length > 0 && "serve".equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    /**
     * Runs a command in a JVM that exists for it and ends when it answers ({@code main}): a command may then set up what
     * lasts for the whole process (the logging's and picocli's system properties, {@link #quietLogging}; the PDF
     * command's font mapper, class loader and its cache left off, {@code CommandLinePdf.prepare}). Run by {@link #run}
     * inside a program that goes on (the tests, the server's own JVM), it leaves those alone.
     */
    public static int runInOwnProcess(String[] args) {
        ownProcess = true;
        quietLogging();
        return run(args);
    }

    static boolean ownProcess() {
        return ownProcess;
    }

    public static int run(String[] args) {
        if (args.length == 1 && ("version".equals(args[0]) || "--version".equals(args[0]) || "-V".equals(args[0]))) {
            // As picocli answers them (VersionCommand, VersionProvider), without building its model: a tenth of a second.
            System.out.println("samordna " + version());
            return 0;
        }
        PlanCheckCommand check = PlanCheckCommand.plain(args);
        if (check != null) {
            return runPlain(check);
        }
        PlanDocumentCommand document = PlanDocumentCommand.plain(args);
        if (document != null) {
            return runPlain(document);
        }
        picocli.CommandLine cli = tree(args);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println(CliWords.of("cli.commandLine.fel", ex.getMessage()));
            return 2;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println(CliWords.of("cli.commandLine.fel", ex.getMessage()));
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cli.execute(args);
    }

    /**
     * {@code plan check FILE [--json]} and {@code plan document}, the commands people and scripts run most, without building
     * the command model: the same command, the same output and exit codes, in less time (bench/README.md).
     */
    private static int runPlain(PlanFileCommand command) {
        try {
            return command.call();
        } catch (RuntimeException e) {
            System.err.println(CliWords.of("cli.commandLine.fel", e.getMessage()));
            return 2;
        }
    }

    /**
     * The command tree, cut to the command the arguments name. Picocli reads every command's annotations when it builds
     * a tree, which is most of a short command's time: {@code plan check} builds three commands, not seventeen. Help, or
     * a word that names no command, builds them all.
     */
    static picocli.CommandLine tree(String[] args) {
        picocli.CommandLine root = new picocli.CommandLine(new Root());
        root.addSubcommand("help", new picocli.CommandLine.HelpCommand());
        String first = args.length > 0 ? args[0] : "";
        String second = args.length > 1 ? args[1] : "";
        Commands.COMMANDS.forEach((name, command) -> {
            if (!Commands.COMMANDS.containsKey(first) || name.equals(first)) {
                picocli.CommandLine sub = new picocli.CommandLine(command.get());
                if ("plan".equals(name)) {
                    Commands.PLAN_COMMANDS.forEach((planName, planCommand) -> {
                        if (!Commands.PLAN_COMMANDS.containsKey(second) || planName.equals(second)) {
                            sub.addSubcommand(planName, planCommand.get());
                        }
                    });
                }
                root.addSubcommand(name, sub);
            }
        });
        root.setResourceBundle(CliWords.BUNDLE); // the help of the root and of every command added above
        return root;
    }

    /** The commands by name, made only when picocli builds a tree (not for the plain {@code plan check}). */
    private static final class Commands {
        static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();
        static final Map<String, Supplier<Object>> PLAN_COMMANDS = new LinkedHashMap<>();

        static {
            COMMANDS.put("version", VersionCommand::new);
            COMMANDS.put("plan", PlanCommand::new);
            COMMANDS.put("ledger", LedgerCommand::new);
            COMMANDS.put("annual-report", AnnualReportCommand::new);
            COMMANDS.put("audit", AuditCommand::new);
            COMMANDS.put("backup", BackupCommand::new);
            COMMANDS.put("restore", RestoreCommand::new);
            PLAN_COMMANDS.put("check", PlanCheckCommand::new);
            PLAN_COMMANDS.put("initiatives", PlanInitiativesCommand::new);
            PLAN_COMMANDS.put("goals", PlanGoalsCommand::new);
            PLAN_COMMANDS.put("document", PlanDocumentCommand::new);
            PLAN_COMMANDS.put("convert", PlanConvertCommand::new);
            PLAN_COMMANDS.put("roll-forward", PlanRollForwardCommand::new);
            PLAN_COMMANDS.put("diff", PlanDiffCommand::new);
        }
    }

    /**
     * Commands print their own results; library logging (PDF, fonts) stays out of the way. Logging is configured, not
     * started: a command whose libraries never log (plan check) does not pay for starting Logback, nor for java.util.logging,
     * which the PDF and font libraries use and the other commands quiet.
     */
    private static void quietLogging() {
        // Picocli looks for Groovy closures and for Jansi by name; a class that is not there is searched for in every
        // nested jar, a tenth of a second each. Commands print plain text.
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.ansi", "false");
        System.setProperty("logback.configurationFile", "cli/logback-cli.xml");
        // PDFBox and FontBox log through Commons Logging, which would find SLF4J and start Logback: a ServiceLoader search
        // of every jar and five hundred classes, a tenth of a PDF's time. Commons Logging's own simple log writes their
        // errors to standard error as Logback did, and nothing else.
        System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.SimpleLog");
        System.setProperty("org.apache.commons.logging.simplelog.defaultlog", "error");
    }

    static String version() {
        String version = CommandLine.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Command(name = "samordna", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    static final class Root implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(System.out);
        }
    }

    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"samordna " + version()};
        }
    }

    @Command(name = "version")
    static final class VersionCommand implements Runnable {
        @Override
        public void run() {
            System.out.println("samordna " + version());
        }
    }
}
