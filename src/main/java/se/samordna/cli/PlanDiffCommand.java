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
import se.samordna.plan.PlanFileException;

/** {@code plan diff A.yaml B.yaml [--json]}: what changed from one plan file to another. */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class PlanDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "samordna.plan.diff.a")
    Path a;

    @Parameters(index = "1", paramLabel = "B", descriptionKey = "samordna.plan.diff.b")
    Path b;

    @Option(names = "--json", descriptionKey = "samordna.plan.diff.json")
    boolean json;

    @Override
    public Integer call() {
        Plan from;
        Plan to;
        try {
            from = PlanFileCommand.readPlan(a);
            to = PlanFileCommand.readPlan(b);
        } catch (PlanFileException e) {
            System.err.println(CliWords.of("cli.planDiffCommand.felEnPlanfilKundeInte"));
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
            System.out.println(CliWords.of("cli.planDiffCommand.planernaArLika"));
        } else {
            changes.forEach(c -> System.out.println(c.part() + "\t" + c.item() + (c.year() == null ? "" : "\t" + c.year())
                    + "\t" + (c.before() == null ? "–" : c.before()) + " → " + (c.after() == null ? "–" : c.after())));
        }
        return changes.isEmpty() ? 0 : 1;
    }
}
