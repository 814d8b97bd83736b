package org.netboxauto.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.core.PeerText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Change alerts: `alerts test` sends a sample alert to every channel in alerts.channels.",
        subcommands = {AlertsCommand.Test.class})
final class AlertsCommand extends CommandGroup {

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Send a sample alert to every configured channel and say what each answered.")
    static final class Test implements Callable<Integer> {

        private final CliServices services;

        @ParentCommand
        AlertsCommand parent;

        @Spec
        CommandSpec spec;

        Test(CliServices services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            RootCommand root = (RootCommand) parent.spec.parent().userObject();
            LoadedConfig loaded = services.config().load(root.configFile());
            if (!ConfigReporter.report(loaded, err)) {
                return ExitCodes.USAGE;
            }
            List<String> lines = services.alerts().test(loaded.config().orElseThrow());
            PrintWriter out = spec.commandLine().getOut();
            lines.forEach(l -> out.println(PeerText.escape(l)));
            out.flush();
            return lines.stream().anyMatch(l -> l.contains("NOT SENT") || l.startsWith("No alert channels"))
                    ? ExitCodes.FAILURE : ExitCodes.OK;
        }
    }
}
