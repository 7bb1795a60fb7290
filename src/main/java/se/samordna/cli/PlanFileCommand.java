package se.samordna.cli;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        Thread warmUp = new Thread(() -> {
            try {
                PlanFiles.warmUp();
                CliWords.of("cli.planCheckCommand.ar");
            } catch (RuntimeException e) {
                // the command's own thread meets it again and reports it
            }
        }, "plan-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
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

    /** The largest books (SIE) file a command reads: as large as the server takes (samordna.max-ledger-bytes). */
    static final long MAX_LEDGER_BYTES = 64L << 20;

    /** The books' file as a stream; one of more than 64 MB is refused before it is read (an IOException that says so). */
    static InputStream ledger(Path file) throws IOException {
        if (Files.size(file) > MAX_LEDGER_BYTES) {
            throw new IOException(CliWords.of("cli.filenArForStor", file, MAX_LEDGER_BYTES >> 20));
        }
        return Files.newInputStream(file);
    }

    /** The most bytes of a plan file read: its 5 MiB of characters, at most three bytes each in UTF-8. */
    static final int MAX_PLAN_FILE_BYTES = 3 * PlanFiles.MAX_CHARS;

    static Plan readPlan(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(read(file, MAX_PLAN_FILE_BYTES, PlanFiles.MAX_CHARS >> 20))).toString();
        } catch (CharacterCodingException e) {
            throw problem(CliWords.of("cli.planFileCommand.filenArInteUtf8", file));
        } catch (NoSuchFileException e) {
            throw problem(CliWords.of("cli.planFileCommand.filenFinnsInte", file));
        } catch (IOException e) {
            throw problem(CliWords.of("cli.planFileCommand.filenKundeInteLasas", file, e.getMessage()));
        }
        return PlanFiles.read(text);
    }

    /**
     * The file's bytes; a file of more than {@code max} bytes is refused as larger than {@code limitMb} MB once that
     * much is read, before anything else is done with it. Read through the classic stream: the channel classes'
     * start is a few milliseconds of a short command.
     */
    static byte[] read(Path file, int max, int limitMb) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try (InputStream in = new FileInputStream(file.toFile())) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw problem(CliWords.of("cli.filenArForStor", file, limitMb));
            }
            return bytes;
        }
    }

    private static PlanFileException problem(String message) {
        return new PlanFileException(List.of(new PlanFileException.Problem(0, "", message)));
    }
}
