package se.samordna.cli;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanReport;
import se.samordna.shared.MoneyFormat;

/** {@code plan check FILE [--json]}: reads a plan file and prints what its lines give and the findings. Exit 0 when read, 2 when not. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class PlanCheckCommand extends PlanFileCommand {

    @Option(names = "--json", descriptionKey = "samordna.plan.check.json")
    boolean json;

    /**
     * The command for {@code plan check FILE}, {@code plan check FILE --json} or {@code plan check --json FILE} exactly,
     * read without picocli; null for anything else (options, help, more files), which picocli parses.
     */
    static PlanCheckCommand plain(String[] args) {
        if (args.length < 3 || args.length > 4 || !"plan".equals(args[0]) || !"check".equals(args[1])) {
            return null;
        }
        PlanCheckCommand command = new PlanCheckCommand();
        for (int i = 2; i < args.length; i++) {
            if ("--json".equals(args[i]) && !command.json) {
                command.json = true;
            } else if (!args[i].startsWith("-") && command.file == null && !args[i].isEmpty() && args[i].indexOf('\0') < 0) {
                command.file = java.nio.file.Path.of(args[i]);
            } else {
                return null;
            }
        }
        return command.file == null ? null : command;
    }

    @Override
    Integer run(Plan plan) {
        Map<String, Object> report = PlanReport.of(plan);
        if (json) {
            printJson(report);
        } else {
            printText(report);
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static void printText(Map<String, Object> report) {
        System.out.println(report.get("association"));
        System.out.println(row(CliWords.of("cli.planCheckCommand.ar"), CliWords.of("cli.planCheckCommand.typ"), CliWords.of("cli.planCheckCommand.intakter"), CliWords.of("cli.planCheckCommand.kostnader"), CliWords.of("cli.planCheckCommand.resultat"), CliWords.of("cli.planCheckCommand.ekBorjan"), CliWords.of("cli.planCheckCommand.ekSlut")));
        for (Object o : (List<Object>) report.get("years")) {
            Map<String, Object> y = (Map<String, Object>) o;
            System.out.println(row(String.valueOf(y.get("year")), String.valueOf(y.get("kind")), kr(y.get("income")),
                    kr(y.get("costs")), kr(y.get("result")), kr(y.get("equityStart")), kr(y.get("equityEnd"))));
        }
        List<Object> findings = (List<Object>) report.get("findings");
        System.out.println();
        System.out.println(findings.isEmpty() ? CliWords.of("cli.planCheckCommand.ingaFynd") : CliWords.of("cli.planCheckCommand.findings", findings.size()));
        for (Object o : findings) {
            Map<String, Object> f = (Map<String, Object>) o;
            System.out.println("  [" + f.get("severity") + "] " + f.get("code") + (f.get("year") == null ? "" : " " + f.get("year"))
                    + ": " + f.get("message"));
        }
    }

    /** A table row: year and kind left-aligned in 6 and 16 characters, the five amounts right-aligned in 14 (no Formatter: it is slow to load). */
    private static String row(String year, String kind, String... amounts) {
        StringBuilder row = new StringBuilder(year).append(" ".repeat(Math.max(0, 6 - year.length()))).append(' ')
                .append(kind).append(" ".repeat(Math.max(0, 16 - kind.length())));
        for (String amount : amounts) {
            row.append(' ').append(" ".repeat(Math.max(0, 14 - amount.length()))).append(amount);
        }
        return row.toString();
    }

    private static String kr(Object value) {
        return value == null ? "–" : MoneyFormat.group((Long) value).replace('\u00a0', ' ');
    }
}
