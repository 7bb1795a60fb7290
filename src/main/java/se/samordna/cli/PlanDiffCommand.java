package se.samordna.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanDiff;
import se.samordna.plan.file.PlanFileException;

/** {@code plan diff A.yaml B.yaml [--json]}: what changed from one plan file to another. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Visar vad som skiljer två planfiler: rader och belopp per år, år, insatser, mål, regler och medlemmar. "
                + "Avslutar med 0 när planerna är lika, 1 när de skiljer sig och 2 när en fil inte kan läsas.")
final class PlanDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "Planfilen att jämföra från (YAML).")
    Path a;

    @Parameters(index = "1", paramLabel = "B", description = "Planfilen att jämföra med (YAML).")
    Path b;

    @Option(names = "--json", description = "Skriv skillnaderna som JSON.")
    boolean json;

    @Override
    public Integer call() {
        Plan from;
        Plan to;
        try {
            from = PlanFileCommand.readPlan(a);
            to = PlanFileCommand.readPlan(b);
        } catch (PlanFileException e) {
            System.err.println("Fel: en planfil kunde inte läsas:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        }
        List<PlanDiff.Change> changes = PlanDiff.between(from, to);
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("from", a.toString());
            result.put("to", b.toString());
            result.put("changes", changes);
            PlanFileCommand.printJson(result);
        } else if (changes.isEmpty()) {
            System.out.println("Planerna är lika.");
        } else {
            changes.forEach(c -> System.out.println(c.part() + "\t" + c.item() + (c.year() == null ? "" : "\t" + c.year())
                    + "\t" + (c.before() == null ? "–" : c.before()) + " → " + (c.after() == null ? "–" : c.after())));
        }
        return changes.isEmpty() ? 0 : 1;
    }
}
