package org.netboxauto.cli;

import org.netboxauto.core.Decision;
import org.netboxauto.core.ReviewState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Reject hosts by MAC or filter (--pending puts them back to pending).")
final class RejectCommand extends DecisionCommand {

    @Option(names = "--pending", description = "Put the hosts back to pending instead of rejecting them.")
    boolean pending;

    RejectCommand(CliServices services) {
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
        return new Decision.SetState(pending ? ReviewState.PENDING : ReviewState.REJECTED);
    }

    @Override
    String done() {
        return pending ? "Set back to pending" : "Rejected";
    }
}
