package org.netboxauto.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.netboxauto.vendor.VendorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "vendors", mixinStandardHelpOptions = true,
        description = "The MAC vendor table (IEEE registries) that names each host's maker.",
        subcommands = VendorsCommand.Update.class)
final class VendorsCommand {

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Rebuild the vendor table from the IEEE registry CSVs (oui.csv, mam.csv, oui36.csv).",
                "Get them from https://standards-oui.ieee.org/ (oui/oui.csv, oui28/mam.csv, oui36/oui36.csv)"
                    + " or Debian's ieee-data package, which is read by default."})
    static final class Update implements Callable<Integer> {

        private final CliServices services;

        @Spec
        CommandSpec spec;

        @Option(names = "--from", paramLabel = "PATH", description = "A registry CSV or a folder holding them;"
                + " repeat for several. Default: /usr/share/ieee-data.")
        List<Path> from = new ArrayList<>();

        @Option(names = "--output", paramLabel = "FILE", hidden = true, description = "Write here instead.")
        Path output;

        Update(CliServices services) {
            this.services = services;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            List<Path> sources = from.isEmpty() ? List.of(VendorRegistry.DEBIAN_IEEE_DATA) : from;
            for (Path p : sources) {
                if (!Files.exists(p)) {
                    err.println("netbox-auto vendors update: " + p + " does not exist. Download oui.csv, mam.csv"
                            + " and oui36.csv from https://standards-oui.ieee.org/ and pass their folder with --from");
                    err.flush();
                    return ExitCodes.USAGE;
                }
            }
            Path target = output != null ? output : services.vendors().file();
            try {
                int count = services.vendors().update(sources, target);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Wrote " + count + " MAC prefixes to " + target);
                out.flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                err.println("netbox-auto vendors update: " + e.getMessage() + "; the table was left as it was");
                err.flush();
                return ExitCodes.USAGE;
            }
        }
    }
}
