import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import se.samordna.plan.Plan;
import se.samordna.plan.PlanFiles;
import se.samordna.documents.PlanDocuments;

/**
 * Time to render each seed's plan document to PDF in a running JVM: the first render, the median of the next five
 * renders (each of a plan that differs in its name, so none is served from the PDFs kept by content), and the median
 * of five requests for a document already rendered (served by RenderedPdfs).
 */
public class PdfTiming {
    public static void main(String[] args) throws Exception {
        try (var files = Files.list(Path.of("examples/plans"))) {
            for (Path file : files.sorted().toList()) {
                Plan plan = PlanFiles.read(Files.readString(file));
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    Plan other = plan.withHeader(new Plan.Header(plan.association().name() + " " + i + " " + System.nanoTime(),
                            plan.association().decided(), plan.association().source()));
                    long start = System.nanoTime();
                    PlanDocuments.pdf(other);
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
                long first = times.remove(0);
                Collections.sort(times);
                List<Long> kept = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    PlanDocuments.pdf(plan);
                    kept.add((System.nanoTime() - start) / 1_000);
                }
                Collections.sort(kept);
                System.out.printf("  %s: first %d ms, then median %d ms; already rendered: median %d µs%n", file.getFileName(), first,
                        times.get(times.size() / 2), kept.get(2));
            }
        }
    }
}
