package org.netboxauto.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** A product command that this version does not have yet: it says so and exits 2. */
@Command(mixinStandardHelpOptions = true)
final class NotBuiltCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("netbox-auto " + spec.name()
                + ": not available in this version yet. See netbox-auto --help for what is.");
        return ExitCodes.USAGE;
    }
}
