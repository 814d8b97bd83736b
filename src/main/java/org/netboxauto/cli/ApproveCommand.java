package org.netboxauto.cli;

import org.netboxauto.core.Decision;
import org.netboxauto.core.ReviewState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve hosts by MAC or filter.")
final class ApproveCommand extends DecisionCommand {

    ApproveCommand(CliServices services) {
        super(services);
    }

    @Option(names = "--kind", paramLabel = "KIND", description = "With --filter: only hosts classified as KIND.")
    String kind;

    @Override
    String kindFilter() {
        return kind;
    }

    @Override
    Decision decision() {
        return new Decision.SetState(ReviewState.APPROVED);
    }

    @Override
    String done() {
        return "Approved";
    }
}
