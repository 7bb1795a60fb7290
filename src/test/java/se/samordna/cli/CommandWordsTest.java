package se.samordna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only no arguments, 'serve' or Spring settings start the server; any other word is a command or an error. */
class CommandWordsTest {

    @Test
    void anUnknownWordPrintsTheUsageAndExits2InsteadOfStartingTheServer() {
        String[] unknown = {"ledgr", "summary", "x.se"};
        assertThat(CommandLine.isCommand(unknown)).isTrue();

        PlanCheckCommandTest.Run run = PlanCheckCommandTest.run(unknown);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("ledgr").contains("Användning: samordna")
                .contains("Arbeta med planfiler (YAML) utan server."); // the help comes from cli.properties
        assertThat(java.nio.file.Files.exists(java.nio.file.Path.of("data-should-not-exist"))).isFalse();
    }

    @Test
    void theServerStartsWithNothingServeOrSpringSettingsAlone() {
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
        assertThat(CommandLine.isCommand(new String[]{"serve"})).isFalse();
        assertThat(CommandLine.isCommand(new String[]{"serve", "--server.port=8081"})).isFalse();
        assertThat(CommandLine.isCommand(new String[]{"--server.port=8081", "--spring.profiles.active=x"})).isFalse();
        assertThat(CommandLine.isCommand(new String[]{"--help"})).isTrue();
        assertThat(CommandLine.isCommand(new String[]{"audit", "verify"})).isTrue();
        assertThat(CommandLine.isCommand(new String[]{"--server.port"})).isTrue();
    }
}
