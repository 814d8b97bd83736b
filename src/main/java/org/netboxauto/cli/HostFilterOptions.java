package org.netboxauto.cli;

import java.util.Locale;
import java.util.Optional;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.ReviewState;
import picocli.CommandLine.Option;

/** The options that pick hosts, shared by hosts, approve, reject and classify. */
final class HostFilterOptions {

    @Option(names = "--state", paramLabel = "STATE", description = "Only hosts in this review state: pending, approved, rejected.")
    String state;

    /** Set by the commands that filter by kind (classify uses --kind for the kind it sets). */
    String kind;

    @Option(names = "--source", paramLabel = "SOURCE", description = "Only hosts seen by this source (NAME, KIND:NAME or KIND).")
    String source;

    @Option(names = "--subnet", paramLabel = "CIDR", description = "Only hosts with an address in this subnet, e.g. 10.0.0.0/24.")
    String subnet;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only hosts whose MAC (any notation, partial), IP or name contains TEXT.")
    String search;

    /** @throws IllegalArgumentException naming the option when a value is not valid */
    HostFilter toFilter() {
        return new HostFilter(Optional.ofNullable(state).map(HostFilterOptions::state), Optional.ofNullable(kind),
                Optional.ofNullable(source), Optional.ofNullable(subnet).map(HostFilterOptions::cidr),
                Optional.ofNullable(search));
    }

    boolean isEmpty() {
        return state == null && source == null && subnet == null && search == null;
    }

    private static ReviewState state(String text) {
        try {
            return ReviewState.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--state " + text + ": expected pending, approved or rejected");
        }
    }

    private static Cidr cidr(String text) {
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--subnet " + text + ": " + e.getMessage());
        }
    }
}
