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
import se.samordna.plan.PlanFileException;

/** {@code annual-report PLAN.yaml LEDGER.se --year YYYY [--json | --format pdf|docx --out FILE]}. */
@Command(name = "annual-report", mixinStandardHelpOptions = true)
final class AnnualReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "samordna.annual-report.plan")
    Path planFile;

    @Parameters(index = "1", paramLabel = "LEDGER", descriptionKey = "samordna.annual-report.ledger")
    Path ledgerFile;

    @Option(names = "--year", required = true, descriptionKey = "samordna.annual-report.year")
    int year;

    @Option(names = "--json", descriptionKey = "samordna.annual-report.json")
    boolean json;

    @Option(names = "--format", descriptionKey = "samordna.annual-report.format")
    String format;

    @Option(names = "--out", descriptionKey = "samordna.annual-report.out")
    Path out;

    @Override
    public Integer call() {
        Plan plan;
        SieFile sie;
        try (InputStream in = CommandFiles.ledger(ledgerFile)) {
            plan = PlanFileCommand.readPlan(planFile);
            sie = SieReader.read(in);
        } catch (PlanFileException e) {
            System.err.println(CliWords.of("cli.annualReportCommand.felKundeInteLasas", planFile));
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        } catch (SieException e) {
            System.err.println(CliWords.of("cli.annualReportCommand.felKanInteTasEmot", ledgerFile));
            e.problems().forEach(p -> System.err.println("  " + p));
            return 2;
        } catch (NoSuchFileException e) {
            System.err.println(CliWords.of("cli.annualReportCommand.felFilenFinnsInte", e.getFile()));
            return 2;
        } catch (IOException e) {
            System.err.println(CliWords.of("cli.annualReportCommand.fel", e.getMessage()));
            return 2;
        }
        if (sie.yearStart() != null && sie.yearStart().getYear() != year) {
            System.err.println(CliWords.of("cli.annualReportCommand.felBokforingenGallerRakenskapsaretInte", sie.yearStart(), sie.yearEnd(), year));
            return 2;
        }
        // The last day the file's months reach in the year: before 31 December the report says the year is not closed.
        java.time.LocalDate through = sie.months().keySet().stream().map(SieFile.MonthKey::month).filter(m -> m.getYear() == year)
                .max(java.util.Comparator.naturalOrder()).map(java.time.YearMonth::atEndOfMonth).orElse(null);
        AnnualAccounts accounts = AnnualAccounts.of(AnnualAccounts.accounts(sie), plan, year).withBooksThrough(through);
        if (format != null) {
            if (out == null || !(format.equals("pdf") || format.equals("docx"))) {
                System.err.println(CliWords.of("cli.annualReportCommand.felAngeFormatPdfEller"));
                return 2;
            }
            try {
                java.util.List<AnnualAccounts.Account> before = AnnualAccounts.yearBefore(sie);
                AnnualAccounts prior = before.isEmpty() ? null : AnnualAccounts.of(before, plan, year - 1);
                Files.write(out, format.equals("pdf") ? AnnualReport.pdf(plan, accounts, prior, false) : AnnualReport.docx(plan, accounts, prior, false));
            } catch (IOException e) {
                System.err.println(CliWords.of("cli.annualReportCommand.felKundeInteSkrivas", out, e.getMessage()));
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
