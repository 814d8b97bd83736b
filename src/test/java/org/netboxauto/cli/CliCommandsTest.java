package org.netboxauto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run builds only the command it names; help, the version and typos see every command. */
class CliCommandsTest {

    private static final CliServices NONE = new CliServices(null, null, null, null, null, null, null, null, null);

    @Test
    void aRunOfOneCommandHoldsOnlyThatCommand() {
        assertThat(Cli.createFor(NONE, new String[] {"-c", "my.conf", "-v", "discover", "--source", "scan"})
                .getSubcommands()).containsOnlyKeys("discover");
        assertThat(Cli.createFor(NONE, new String[] {"--config", "status", "hosts"}).getSubcommands())
                .containsOnlyKeys("hosts");
    }

    @Test
    void helpVersionNoCommandAndUnknownWordsSeeEveryCommand() {
        int all = Cli.create(NONE).getSubcommands().size();
        assertThat(all).isEqualTo(14);
        for (String[] args : new String[][] {{}, {"--help"}, {"-V", "status"}, {"dscover"}, {"-v"}}) {
            assertThat(Cli.createFor(NONE, args).getSubcommands()).hasSize(all);
        }
    }
}
