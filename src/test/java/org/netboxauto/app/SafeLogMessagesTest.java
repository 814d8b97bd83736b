package org.netboxauto.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped log configuration writes a peer's text escaped: a log line can neither act on a terminal nor be forged. */
class SafeLogMessagesTest {

    @TempDir
    Path dir;

    @Test
    void controlCharactersAndLineBreaksFromPeersAreEscapedInTheLogFile() throws Exception {
        Path log = dir.resolve("netbox-auto.log");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogConfiguration.apply(context, log, Level.OFF, Level.INFO);
        context.getLogger("org.netboxauto.test").warn("NetBox said {}", "\u001b]0;owned\u0007\u001b[2J"
                + "\n2026-01-01T00:00:00Z INFO forged line \u202e");
        context.stop();

        String written = Files.readString(log);
        assertThat(written).doesNotContain("\u001b", "\u0007", "\u202e").contains("\\x1B]0;owned\\x07\\x1B[2J")
                .contains("\\n2026-01-01T00:00:00Z INFO forged line \\u202E");
        assertThat(written.lines()).hasSize(1);
    }
}
