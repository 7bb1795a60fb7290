package se.samordna.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.samordna.ledger.sie.SieException;
import se.samordna.ledger.sie.SieFile;
import se.samordna.ledger.sie.SieReader;

/** {@code ledger …}: the books as the bookkeeping exports them (SIE), read without server or database. */
@Command(name = "ledger", mixinStandardHelpOptions = true, subcommands = {LedgerCommand.Summary.class})
final class LedgerCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    /** {@code ledger summary FILE.se [--json]}: the year, the counts and each account's opening, closing and movement. */
    @Command(name = "summary", mixinStandardHelpOptions = true)
    static final class Summary implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "samordna.ledger.summary.file")
        Path file;

        @Option(names = "--json", descriptionKey = "samordna.ledger.summary.json")
        boolean json;

        @Override
        public Integer call() {
            SieFile sie;
            try (InputStream in = CommandFiles.ledger(file)) {
                sie = SieReader.read(in);
            } catch (NoSuchFileException e) {
                System.err.println(CliWords.of("cli.ledgerCommand.felFilenFinnsInte", file));
                return 2;
            } catch (IOException e) {
                System.err.println(CliWords.of("cli.ledgerCommand.felKundeInteLasas", file, e.getMessage()));
                return 2;
            } catch (SieException e) {
                System.err.println(CliWords.of("cli.ledgerCommand.felKanInteTasEmot", file));
                e.problems().forEach(p -> System.err.println("  " + p));
                return 2;
            }
            Map<String, Object> summary = summary(sie);
            if (json) {
                PlanFileCommand.printJson(summary);
            } else {
                System.out.println(CliWords.of("cli.ledgerCommand.sieRakenskapsarVerifikationerTransaktionerKonton", (sie.companyName() == null ? "" : sie.companyName() + " "), sie.sieType(), sie.yearStart(), sie.yearEnd(), sie.vouchers(), sie.transactions(), sie.accounts().size(), se.samordna.ledger.accounts.AnnualAccounts.kronor(sie.result())));
            }
            return 0;
        }

        static Map<String, Object> summary(SieFile sie) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("sieType", sie.sieType());
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("start", sie.yearStart() == null ? null : sie.yearStart().toString());
            year.put("end", sie.yearEnd() == null ? null : sie.yearEnd().toString());
            summary.put("financialYear", year);
            summary.put("vouchers", sie.vouchers());
            summary.put("transactions", sie.transactions());
            Map<String, Object> accounts = new LinkedHashMap<>();
            sie.accounts().forEach((number, account) -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("name", account.name());
                a.put("opening", account.opening() == null ? null : se.samordna.ledger.accounts.AnnualAccounts.kronor(account.opening()));
                a.put("closing", account.closing() == null ? null : se.samordna.ledger.accounts.AnnualAccounts.kronor(account.closing()));
                a.put("movement", se.samordna.ledger.accounts.AnnualAccounts.kronor(account.movement(sie.sieType())));
                accounts.put(number, a);
            });
            summary.put("accounts", accounts);
            summary.put("result", se.samordna.ledger.accounts.AnnualAccounts.kronor(sie.result()));
            return summary;
        }
    }
}
