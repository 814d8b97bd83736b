package org.netboxauto.cli;

import java.lang.reflect.Constructor;
import org.netboxauto.service.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the command line: commands get their services through the constructor. */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static CommandLine create(CliServices services) {
        CommandLine cli = new CommandLine(new RootCommand(services), factory(services));
        cli.addSubcommand(DiscoverCommand.class);
        cli.addSubcommand(HostsCommand.class);
        cli.addSubcommand(ApproveCommand.class);
        cli.addSubcommand(RejectCommand.class);
        cli.addSubcommand(ClassifyCommand.class);
        cli.addSubcommand(DiffCommand.class);
        cli.addSubcommand(PushCommand.class);
        cli.addSubcommand(StatusCommand.class);
        cli.addSubcommand(VendorsCommand.class);
        cli.addSubcommand(ConfigCommand.class);
        cli.addSubcommand(GuiCommand.class);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof StoreUnavailableException) {
                LOG.info("{} failed", commandLine.getCommandName(), e);
            } else {
                LOG.error("{} failed", commandLine.getCommandName(), e);
            }
            commandLine.getErr().println("netbox-auto " + commandLine.getCommandName() + ": " + message(e));
            commandLine.getErr().flush();
            return ExitCodes.FAILURE;
        });
        return cli;
    }

    private static String message(Exception e) {
        if (e instanceof StoreUnavailableException || e.getMessage() == null) {
            return e.getMessage() == null ? "an unexpected error; details are in the log file" : e.getMessage();
        }
        return e.getMessage() + " (details in the log file)";
    }

    private static CommandLine.IFactory factory(CliServices services) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    Constructor<K> withServices = type.getDeclaredConstructor(CliServices.class);
                    return withServices.newInstance(services);
                } catch (NoSuchMethodException e) {
                    return fallback.create(type);
                }
            }
        };
    }
}
