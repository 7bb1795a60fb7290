import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import se.samordna.plan.Plan;
import se.samordna.plan.file.PlanFiles;
import se.samordna.documents.PlanDocuments;

/** Time to render each seed's plan document to PDF in a running JVM: the first render and the median of the next five. */
public class PdfTiming {
    public static void main(String[] args) throws Exception {
        try (var files = Files.list(Path.of("examples/plans"))) {
            for (Path file : files.sorted().toList()) {
                Plan plan = PlanFiles.read(Files.readString(file));
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    long start = System.nanoTime();
                    PlanDocuments.pdf(plan);
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
                long first = times.remove(0);
                Collections.sort(times);
                System.out.printf("  %s: first %d ms, then median %d ms%n", file.getFileName(), first, times.get(times.size() / 2));
            }
        }
    }
}
