package se.samordna.plan;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The five seed plans as the repository holds them. */
public final class Seeds {

    public static final Path DIRECTORY = Path.of("examples/plans");

    private Seeds() {
    }

    public static String text(String file) {
        try {
            return Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Plan plan(String file) {
        return PlanFiles.read(text(file));
    }
}
