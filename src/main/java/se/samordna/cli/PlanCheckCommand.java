package se.samordna.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.samordna.budget.Plan;
import se.samordna.budget.PlanFileException;
import se.samordna.budget.PlanFiles;
import se.samordna.budget.PlanReport;
import se.samordna.shared.MoneyFormat;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code plan check FILE [--json]}: reads a plan file and prints what its lines give and the findings. Exit 0 when read, 2 when not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kontrollerar en planfil och skriver ut beräknade år och fynd. Startar ingen server.")
final class PlanCheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Planfilen (YAML).")
    Path file;

    @Option(names = "--json", description = "Skriv ut resultatet som ett JSON-objekt.")
    boolean json;

    @Override
    public Integer call() {
        Plan plan;
        try {
            plan = readPlan(file);
        } catch (PlanFileException e) {
            System.err.println("Fel: " + file + " kunde inte läsas:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        }
        Map<String, Object> report = PlanReport.of(plan);
        if (json) {
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report));
        } else {
            printText(report);
        }
        return 0;
    }

    static Plan readPlan(Path file) {
        try {
            return PlanFiles.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw problem("Filen " + file + " finns inte.");
        } catch (MalformedInputException e) {
            throw problem("Filen " + file + " är inte UTF-8-kodad text.");
        } catch (IOException e) {
            throw problem("Filen " + file + " kunde inte läsas: " + e.getMessage());
        }
    }

    private static PlanFileException problem(String message) {
        return new PlanFileException(List.of(new PlanFileException.Problem(0, "", message)));
    }

    @SuppressWarnings("unchecked")
    private static void printText(Map<String, Object> report) {
        System.out.println(report.get("association"));
        System.out.printf("%-6s %-16s %14s %14s %14s %14s %14s%n", "År", "Typ", "Intäkter", "Kostnader", "Resultat", "EK början", "EK slut");
        for (Object o : (List<Object>) report.get("years")) {
            Map<String, Object> y = (Map<String, Object>) o;
            System.out.printf("%-6s %-16s %14s %14s %14s %14s %14s%n", y.get("year"), y.get("kind"), kr(y.get("income")),
                    kr(y.get("costs")), kr(y.get("result")), kr(y.get("equityStart")), kr(y.get("equityEnd")));
        }
        List<Object> findings = (List<Object>) report.get("findings");
        System.out.println();
        System.out.println(findings.isEmpty() ? "Inga fynd." : findings.size() + " fynd:");
        for (Object o : findings) {
            Map<String, Object> f = (Map<String, Object>) o;
            System.out.println("  [" + f.get("severity") + "] " + f.get("code") + (f.get("year") == null ? "" : " " + f.get("year"))
                    + ": " + f.get("message"));
        }
    }

    private static String kr(Object value) {
        return value == null ? "–" : MoneyFormat.group((Long) value).replace('\u00a0', ' ');
    }
}
