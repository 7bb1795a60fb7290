package se.samordna.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.samordna.documents.AnnualReport;
import se.samordna.ledger.accounts.AnnualAccounts;
import se.samordna.ledger.sie.SieException;
import se.samordna.ledger.sie.SieFile;
import se.samordna.ledger.sie.SieReader;
import se.samordna.plan.Plan;
import se.samordna.plan.file.PlanFileException;

/** {@code annual-report PLAN.yaml LEDGER.se --year YYYY [--json | --format pdf|docx --out FILE]}. */
@Command(name = "annual-report", mixinStandardHelpOptions = true,
        description = "Årsredovisningen ur en planfil och bokföringens SIE-fil: resultaträkning, balansräkning och kontroller "
                + "(--json), eller dokumentet (--format pdf|docx --out FIL). Startar ingen server.")
final class AnnualReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "Planfilen (YAML).")
    Path planFile;

    @Parameters(index = "1", paramLabel = "LEDGER", description = "Bokföringen (SIE).")
    Path ledgerFile;

    @Option(names = "--year", required = true, description = "Räkenskapsåret.")
    int year;

    @Option(names = "--json", description = "Skriv räkenskaperna och kontrollerna som JSON.")
    boolean json;

    @Option(names = "--format", description = "pdf eller docx.")
    String format;

    @Option(names = "--out", description = "Filen dokumentet skrivs till.")
    Path out;

    @Override
    public Integer call() {
        Plan plan;
        SieFile sie;
        try (InputStream in = Files.newInputStream(ledgerFile)) {
            plan = PlanFileCommand.readPlan(planFile);
            sie = SieReader.read(in);
        } catch (PlanFileException e) {
            System.err.println("Fel: " + planFile + " kunde inte läsas:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        } catch (SieException e) {
            System.err.println("Fel: " + ledgerFile + " kan inte tas emot:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        } catch (NoSuchFileException e) {
            System.err.println("Fel: filen " + e.getFile() + " finns inte.");
            return 2;
        } catch (IOException e) {
            System.err.println("Fel: " + e.getMessage());
            return 2;
        }
        if (sie.yearStart() != null && sie.yearStart().getYear() != year) {
            System.err.println("Fel: bokföringen gäller räkenskapsåret " + sie.yearStart() + "–" + sie.yearEnd() + ", inte " + year + ".");
            return 2;
        }
        AnnualAccounts accounts = AnnualAccounts.of(AnnualAccounts.accounts(sie), plan, year);
        if (format != null) {
            if (out == null || !(format.equals("pdf") || format.equals("docx"))) {
                System.err.println("Fel: ange --format pdf eller docx och --out FIL.");
                return 2;
            }
            try {
                Files.write(out, format.equals("pdf") ? AnnualReport.pdf(plan, accounts, false) : AnnualReport.docx(plan, accounts, false));
            } catch (IOException e) {
                System.err.println("Fel: " + out + " kunde inte skrivas: " + e.getMessage());
                return 2;
            }
            System.out.println(out);
            return 0;
        }
        if (json) {
            PlanFileCommand.printJson(accounts.summary());
        } else {
            accounts.checks().forEach(c -> System.out.println((c.passed() ? "ok    " : "avvik ") + c.message()));
        }
        return 0;
    }

}
