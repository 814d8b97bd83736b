package org.netboxauto.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.netboxauto.app.CliWiring;
import org.netboxauto.config.AppDirectories;
import picocli.CommandLine;

/** Runs a command in this JVM, wired as the launcher wires it, over a private config and data folder. */
public final class InProcessCli {

    /** What a command did: its exit code, stdout and stderr. */
    public record Run(int exit, String out, String err) {
    }

    private InProcessCli() {
    }

    public static Run run(AppDirectories dirs, String... args) {
        CommandLine cli = CliWiring.commandLine(dirs, Map.of(), args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }
}
