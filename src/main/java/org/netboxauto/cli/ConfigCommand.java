package org.netboxauto.cli;

import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.netboxauto.config.LoadedConfig;
import org.netboxauto.config.SettingRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "config", mixinStandardHelpOptions = true, description = "Create, check or show the configuration.",
        subcommands = {ConfigCommand.Init.class, ConfigCommand.Check.class, ConfigCommand.Show.class})
final class ConfigCommand extends CommandGroup {

    @ParentCommand
    RootCommand root;


    /** What every config subcommand has: the services, the --config option, the output streams. */
    abstract static class Subcommand implements Callable<Integer> {

        final CliServices services;

        @ParentCommand
        ConfigCommand parent;

        @Spec
        CommandSpec spec;

        Subcommand(CliServices services) {
            this.services = services;
        }

        Optional<Path> configFile() {
            return parent.root.configFile();
        }

        LoadedConfig load() {
            return services.config().load(configFile());
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Write a documented starter configuration (never overwrites a file).")
    static final class Init extends Subcommand {

        @Option(names = "--path", paramLabel = "FILE", description = "Where to write it (default: the first place searched).")
        Path path;

        Init(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() throws Exception {
            Optional<Path> target = Optional.ofNullable(path).or(this::configFile);
            PrintWriter out = spec.commandLine().getOut();
            try {
                Path written = services.config().init(target);
                out.println("Wrote a starter configuration to " + written + " (readable only by you).");
                out.println("Edit it (every key is explained in it), then run: netbox-auto config check");
                out.flush();
                return ExitCodes.OK;
            } catch (FileAlreadyExistsException e) {
                spec.commandLine().getErr().println("netbox-auto: " + e.getFile()
                        + " already exists and was not overwritten. Edit it, or write a fresh copy beside it with:"
                        + " netbox-auto config init --path " + e.getFile() + ".example");
                return ExitCodes.USAGE;
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate the configuration: exit 0 when valid, 2 otherwise.")
    static final class Check extends Subcommand {

        Check(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            LoadedConfig loaded = load();
            if (!ConfigReporter.report(loaded, spec.commandLine().getErr())) {
                return ExitCodes.USAGE;
            }
            int warnings = loaded.warnings().size();
            spec.commandLine().getOut().println(loaded.file().orElseThrow() + " is valid"
                    + (warnings == 0 ? "." : " (" + warnings + (warnings == 1 ? " warning)." : " warnings).")));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print every setting in force, defaults included, secrets masked.")
    static final class Show extends Subcommand {

        Show(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            LoadedConfig loaded = load();
            boolean usable = ConfigReporter.report(loaded, spec.commandLine().getErr());
            PrintWriter out = spec.commandLine().getOut();
            loaded.settings().forEach(row -> out.println(row.key() + " = " + row.value()
                    + (row.origin() == SettingRow.Origin.DEFAULT ? "    # default" : "")));
            out.flush();
            return usable ? ExitCodes.OK : ExitCodes.USAGE;
        }
    }
}
