package org.netboxauto.cli;

import java.lang.reflect.Constructor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netboxauto.service.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the command line: commands get their services through the constructor. */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    private static final Map<String, Class<?>> COMMANDS = commands();

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("discover", DiscoverCommand.class);
        all.put("hosts", HostsCommand.class);
        all.put("approve", ApproveCommand.class);
        all.put("reject", RejectCommand.class);
        all.put("classify", ClassifyCommand.class);
        all.put("diff", DiffCommand.class);
        all.put("push", PushCommand.class);
        all.put("status", StatusCommand.class);
        all.put("watch", WatchCommand.class);
        all.put("schedule", ScheduleCommand.class);
        all.put("alerts", AlertsCommand.class);
        all.put("vendors", VendorsCommand.class);
        all.put("config", ConfigCommand.class);
        all.put("gui", GuiCommand.class);
        return all;
    }

    /** Every command. */
    public static CommandLine create(CliServices services) {
        return create(services, COMMANDS.values());
    }

    /**
     * Only the command that {@code args} run, when they name one: picocli reads every command's
     * annotations as it is added, a cost a run of one command need not pay. Help, the version, no
     * command or an unknown one get every command, so that help lists them and typos get suggestions.
     */
    public static CommandLine createFor(CliServices services, String[] args) {
        return commandWord(args).map(COMMANDS::get).map(c -> create(services, List.of(c)))
                .orElseGet(() -> create(services));
    }

    static Optional<String> commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-c", "--config" -> i++;
                case "-h", "--help", "-V", "--version" -> {
                    return Optional.empty();
                }
                default -> {
                    if (!args[i].startsWith("-")) {
                        return Optional.of(args[i]);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static CommandLine create(CliServices services, Collection<Class<?>> commands) {
        CommandLine cli = new CommandLine(new RootCommand(services), factory(services));
        commands.forEach(cli::addSubcommand);
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
