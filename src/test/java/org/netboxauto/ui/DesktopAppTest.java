package org.netboxauto.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netboxauto.testsupport.Peers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class DesktopAppTest {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopAppTest.class);

    @TempDir
    Path dir;

    @Test
    void aFreshJvmShowsTheWindowReportsTheTimeAndExits() throws Exception {
        Peers.requireDisplay();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), ShellSmokeMain.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();

        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!exited) {
            process.destroyForcibly();
        }

        assertThat(exited).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).containsPattern("first-window-ms=\\d+");
        LOG.info("Smoke launch: {}", output.lines().filter(l -> l.contains("first-window-ms")).findFirst().orElse(""));
    }
}
