package se.samordna.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samordna.plan.Plan;
import se.samordna.plan.RollForward;
import se.samordna.plan.file.PlanFiles;
import se.samordna.shared.MoneyFormat;

/** {@code plan roll-forward FILE --out NEW.yaml}: the next period of a plan file, as the cycle page builds it. */
@Command(name = "roll-forward", mixinStandardHelpOptions = true,
        description = "Skriver nästa planperiod av en planfil: budgetåret + 1, lika många planår, det gamla budgetåret som "
                + "jämförelsekolumn och ingående eget kapital = planens beräknade eget kapital vid budgetårets slut. Startar ingen server.")
final class PlanRollForwardCommand extends PlanFileCommand {

    @Option(names = "--out", required = true, paramLabel = "NEW", description = "Den nya planfilen (YAML).")
    Path out;

    @Override
    Integer run(Plan plan) {
        Plan next = RollForward.of(plan, null);
        int oldBudgetYear = next.budget().years().get(0).year();
        String comment = "  # Ingående eget kapital " + next.budget().equityStart().year() + " = den gamla planens beräknade eget kapital vid "
                + "utgången av " + oldBudgetYear + " (" + MoneyFormat.kronor(next.budget().equityStart().amount()) + ").\n";
        String yaml = PlanFiles.writeYaml(next).replaceFirst("(?m)^  equityStart:", java.util.regex.Matcher.quoteReplacement(comment) + "  equityStart:");
        try {
            Files.writeString(out, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Fel: " + out + " kunde inte skrivas: " + e.getMessage());
            return 2;
        }
        System.out.println(file + " → " + out + " (budgetår " + next.budget().equityStart().year() + ")");
        return 0;
    }
}
