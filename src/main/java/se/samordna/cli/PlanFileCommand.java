package se.samordna.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Parameters;
import se.samordna.plan.Plan;
import se.samordna.plan.file.PlanFileException;
import se.samordna.plan.file.PlanFiles;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code plan …} command that reads one plan file first: a file that cannot be read prints every problem with its
 * line on standard error and exits 2; otherwise {@link #run(Plan)} decides.
 */
abstract class PlanFileCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Planfilen (YAML).")
    Path file;

    @Override
    public final Integer call() {
        Plan plan;
        try {
            plan = readPlan(file);
        } catch (PlanFileException e) {
            System.err.println("Fel: " + file + " kunde inte läsas:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        }
        return run(plan);
    }

    abstract Integer run(Plan plan);

    static void printJson(Object value) {
        System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(value));
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
}
