package se.samordna.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import se.samordna.audit.AuditChain;
import se.samordna.platform.CommandLineDatabase;

/** {@code audit verify}: checks the audit log's hash chain and names the first broken link. */
@Command(name = "audit", description = "Granskningsloggen.", subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify", description = {"Kontrollerar granskningsloggens kedja av kontrollsummor och anger den första brutna länken.",
            "Läser databasen från samma inställningar som servern (SAMORDNA_DATA_DIR eller SAMORDNA_DB_URL).",
            "Slutkod 0: kedjan är hel; 1: kedjan är bruten; 2: databasen gick inte att läsa."})
    static final class Verify implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            AuditChain.Result result = CommandLineDatabase.withConnection(AuditChain::verify);
            if (result.intact()) {
                System.out.println("Granskningsloggen är hel: " + result.entries() + " poster, senaste kontrollsumma "
                        + (result.lastHash() == null ? "–" : result.lastHash()) + ".");
                return 0;
            }
            AuditChain.Break broken = result.broken().orElseThrow();
            System.out.println("Granskningsloggen är bruten vid post " + broken.chainSeq() + " (id " + broken.entryId() + "): "
                    + broken.reason() + ". " + result.entries() + " poster totalt.");
            return 1;
        }
    }
}
