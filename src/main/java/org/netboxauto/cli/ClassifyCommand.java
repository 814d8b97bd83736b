package org.netboxauto.cli;

import java.util.Optional;
import org.netboxauto.core.Decision;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Set the kind of hosts (one of review.kinds: server, workstation, iot...).")
final class ClassifyCommand extends DecisionCommand {

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--kind", paramLabel = "KIND", description = "The kind to set (one of review.kinds).")
        String kind;

        @Option(names = "--clear", description = "Remove the kind.")
        boolean clear;
    }

    ClassifyCommand(CliServices services) {
        super(services);
    }

    @Override
    Decision decision() {
        return new Decision.Classify(target.clear ? Optional.empty() : Optional.of(target.kind));
    }

    @Override
    String done() {
        return target.clear ? "Cleared the kind of" : "Classified as " + target.kind;
    }
}
