package se.samordna.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samordna.plan.Goal;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanFiles;
import se.samordna.plan.TheoryOfChange;

/** {@code plan goals FILE [--json]}: a plan file's goals with their indicators, and its theory of change. */
@Command(name = "goals", mixinStandardHelpOptions = true)
final class PlanGoalsCommand extends PlanFileCommand {

    @Option(names = "--json", descriptionKey = "samordna.plan.goals.json")
    boolean json;

    @Override
    Integer run(Plan plan) {
        List<Object> goals = new ArrayList<>();
        for (Goal g : plan.goals().goals()) {
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("id", g.id());
            goal.put("title", g.title());
            goal.put("year", g.year());
            goal.put("area", g.area());
            goal.put("indicators", g.indicators().stream().map(i -> {
                Map<String, Object> indicator = new LinkedHashMap<>();
                indicator.put("name", i.name());
                indicator.put("source", i.sourceText() != null ? i.sourceText() : i.source().name());
                indicator.put("target", i.target() == null ? null : i.target().describe());
                return indicator;
            }).toList());
            goals.add(goal);
        }
        TheoryOfChange toc = plan.goals().theoryOfChange();
        Map<String, Object> theory = PlanFiles.theoryOfChangeTree(toc);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("goals", goals);
        result.put("theoryOfChange", theory);
        if (json) {
            printJson(result);
        } else {
            System.out.println(plan.association().name());
            for (Goal g : plan.goals().goals()) {
                System.out.println("  " + g.year() + " " + g.title() + (g.area() == null ? "" : " [" + g.area() + "]"));
                g.indicators().forEach(i -> System.out.println("      - " + i.name() + (i.target() == null ? "" : CliWords.of("cli.planGoalsCommand.mal", i.target().describe()))));
            }
            System.out.println(CliWords.of("cli.planGoalsCommand.forandringsteoriNoderPilar", toc.nodes().size(), toc.edges().size()));
        }
        return 0;
    }
}
