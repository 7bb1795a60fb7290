package se.samordna.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.samordna.plan.Initiative;
import se.samordna.plan.Plan;

/** {@code plan initiatives FILE [--json]}: the initiatives a plan file carries, with what was granted per year in whole kronor. */
@Command(name = "initiatives", mixinStandardHelpOptions = true)
final class PlanInitiativesCommand extends PlanFileCommand {

    @Option(names = "--json", descriptionKey = "samordna.plan.initiatives.json")
    boolean json;

    @Override
    Integer run(Plan plan) {
        List<Object> initiatives = new ArrayList<>();
        for (Initiative i : plan.initiatives()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", i.id());
            out.put("name", i.name());
            out.put("kind", i.kind().name());
            out.put("owner", i.owner());
            out.put("start", i.start() == null ? null : i.start().toString());
            out.put("end", i.end() == null ? null : i.end().toString());
            out.put("state", i.state().name());
            Map<String, Long> granted = new LinkedHashMap<>();
            i.granted().forEach((year, amount) -> granted.put(String.valueOf(year), amount.kronor()));
            out.put("granted", granted);
            initiatives.add(out);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("initiatives", initiatives);
        if (json) {
            printJson(result);
        } else {
            System.out.println(plan.association().name());
            for (Initiative i : plan.initiatives()) {
                System.out.printf("  %-45s %-10s %-24s %s–%s  beviljat %s%n", i.name(), i.kind(), i.owner() == null ? "–" : i.owner(),
                        i.start() == null ? "" : i.start(), i.end() == null ? "" : i.end(), i.granted().entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue().kronor() + " kr").toList());
            }
        }
        return 0;
    }
}
