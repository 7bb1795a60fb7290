package se.samordna.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import se.samordna.audit.AuditChain;
import se.samordna.platform.CommandLineDatabase;

/** {@code audit verify}: checks the audit log's hash chain and names the first broken link. */
@Command(name = "audit", subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    @Command(name = "verify")
    static final class Verify implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            se.samordna.audit.AuditSeal seal;
            try {
                seal = se.samordna.audit.AuditSeal.at(CommandLineDatabase.home(), System.getenv("SAMORDNA_AUDIT_KEY"), false);
            } catch (IllegalStateException e) {
                System.out.println(CliWords.of("cli.auditCommand.noKey", CommandLineDatabase.home()));
                return 2;
            }
            AuditChain.Result result = CommandLineDatabase.withConnection(connection -> AuditChain.verify(connection, seal));
            if (result.intact()) {
                System.out.println(CliWords.of("cli.auditCommand.granskningsloggenArHelPosterSenaste", result.entries(), (result.lastHash() == null ? "–" : result.lastHash())));
                return 0;
            }
            AuditChain.Break broken = result.broken().orElseThrow();
            System.out.println(CliWords.of("cli.auditCommand.granskningsloggenArBrutenVidPost", broken.chainSeq(), broken.entryId(), broken.reason(), result.entries()));
            return 1;
        }
    }
}
