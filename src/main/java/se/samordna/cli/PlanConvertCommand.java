package se.samordna.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.PlanFiles;
import se.samordna.documents.BudgetWorkbook;

/** {@code plan convert IN OUT}: YAML ↔ XLSX by the file endings; converting to XLSX and back changes no figure. */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class PlanConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "samordna.plan.convert.in")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "samordna.plan.convert.out")
    Path out;

    @Override
    public Integer call() {
        boolean fromXlsx = isXlsx(in);
        boolean toXlsx = isXlsx(out);
        if (fromXlsx == toXlsx) {
            System.err.println(CliWords.of("cli.planConvertCommand.felKonverteraFranYamlTill"));
            return 2;
        }
        try {
            Plan plan = fromXlsx ? BudgetWorkbook.read(CommandFiles.workbook(in)) : PlanFileCommand.readPlan(in);
            if (toXlsx) {
                Files.write(out, BudgetWorkbook.write(plan));
            } else {
                Files.writeString(out, PlanFiles.writeYaml(plan), StandardCharsets.UTF_8);
            }
        } catch (PlanFileException e) {
            System.err.println(CliWords.of("cli.planConvertCommand.felKundeInteLasas", in));
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        } catch (IOException e) {
            System.err.println(CliWords.of("cli.planConvertCommand.fel", e.getMessage()));
            return 2;
        }
        System.out.println(in + " → " + out);
        return 0;
    }

    private static boolean isXlsx(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    static List<String> endings() {
        return List.of(".yaml", ".yml", ".xlsx");
    }
}
