package se.samordna.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Parameters;
import se.samordna.plan.Plan;
import se.samordna.plan.PlanFileException;
import se.samordna.plan.PlanFiles;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code plan …} command that reads one plan file first: a file that cannot be read prints every problem with its
 * line on standard error and exits 2; otherwise {@link #run(Plan)} decides.
 */
abstract class PlanFileCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "planFile")
    Path file;

    @Override
    public final Integer call() {
        beforeReading();
        Plan plan;
        try {
            plan = readPlan(file);
        } catch (PlanFileException e) {
            System.err.println(CliWords.of("cli.planFileCommand.felKundeInteLasas", file));
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        }
        return run(plan);
    }

    abstract Integer run(Plan plan);

    /**
     * What the command starts before the plan is read, on a second thread while the first reads it: what reading and
     * checking any plan needs (the Markdown parser, the findings' sentences) and the command's own words. A failure
     * there is met again, and reported, where the command needs it.
     */
    void beforeReading() {
        Thread warmUp = new Thread(new WarmUp(), "plan-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * A class, not a lambda: the first lambda a JVM links sets up the lambda machinery, 8 % of {@code plan check}, and
     * this thread does that while the first one reads the file (which links none before the YAML parser).
     */
    private static final class WarmUp implements Runnable {
        @Override
        public void run() {
            try {
                PlanFiles.warmUp();
                CliWords.of("cli.planCheckCommand.ar");
            } catch (RuntimeException e) {
                // the command's own thread meets it again and reports it
            }
        }
    }

    /**
     * Prints a value as indented JSON. A tree of maps, lists, text, numbers and booleans (every command's report) is
     * written by the streaming generator, without making an object mapper; anything else goes to the mapper. Both
     * indent alike.
     */
    static void printJson(Object value) {
        if (!plain(value)) {
            System.out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(value));
            return;
        }
        java.io.StringWriter out = new java.io.StringWriter();
        ObjectWriteContext indented = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter();
            }
        };
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(indented, out)) {
            write(json, value);
        }
        System.out.println(out);
    }

    private static boolean plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().allMatch(String.class::isInstance) && map.values().stream().allMatch(PlanFileCommand::plain);
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(PlanFileCommand::plain);
        }
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof java.math.BigDecimal;
    }

    private static void write(JsonGenerator json, Object value) {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            map.forEach((name, v) -> {
                json.writeName((String) name);
                write(json, v);
            });
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            list.forEach(v -> write(json, v));
            json.writeEndArray();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof java.math.BigDecimal d) {
            json.writeNumber(d);
        } else {
            json.writeNull();
        }
    }

    static Plan readPlan(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(CommandFiles.plan(file))).toString();
        } catch (CharacterCodingException e) {
            throw problem(CliWords.of("cli.planFileCommand.filenArInteUtf8", file));
        } catch (NoSuchFileException e) {
            throw problem(CliWords.of("cli.planFileCommand.filenFinnsInte", file));
        } catch (IOException e) {
            throw problem(CliWords.of("cli.planFileCommand.filenKundeInteLasas", file, e.getMessage()));
        }
        return PlanFiles.read(text);
    }

    static PlanFileException problem(String message) {
        return new PlanFileException(List.of(new PlanFileException.Problem(0, "", message)));
    }
}
