package se.samordna.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samordna.plan.Plan;
import se.samordna.plan.RollForward;
import se.samordna.plan.PlanFiles;
import se.samordna.shared.MoneyFormat;

/** {@code plan roll-forward FILE --out NEW.yaml}: the next period of a plan file, as the cycle page builds it. */
@Command(name = "roll-forward", mixinStandardHelpOptions = true)
final class PlanRollForwardCommand extends PlanFileCommand {

    @Option(names = "--out", required = true, paramLabel = "NEW", descriptionKey = "samordna.plan.roll-forward.out")
    Path out;

    @Override
    Integer run(Plan plan) {
        Plan next = RollForward.of(plan, null);
        int oldBudgetYear = next.budget().years().get(0).year();
        String comment = CliWords.of("cli.planRollForwardCommand.ingaendeEgetKapitalDenGamla", next.budget().equityStart().year(), oldBudgetYear, MoneyFormat.kronor(next.budget().equityStart().amount()));
        String yaml = PlanFiles.writeYaml(next).replaceFirst("(?m)^  equityStart:", java.util.regex.Matcher.quoteReplacement(comment) + "  equityStart:");
        try {
            Files.writeString(out, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println(CliWords.of("cli.planRollForwardCommand.felKundeInteSkrivas", out, e.getMessage()));
            return 2;
        }
        System.out.println(CliWords.of("cli.planRollForwardCommand.budgetar", file, out, next.budget().equityStart().year()));
        return 0;
    }
}
