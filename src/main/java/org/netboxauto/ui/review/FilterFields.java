package org.netboxauto.ui.review;

import java.util.Optional;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.HostFilter;
import org.netboxauto.core.ReviewState;

/** The filter as the admin typed it; blank parts match everything. The Push tab reuses it. */
public record FilterFields(String text, String state, String source, String kind, String subnet) {

    public static final FilterFields NONE = new FilterFields("", "", "", "", "");

    public FilterFields {
        text = text == null ? "" : text;
        state = state == null ? "" : state;
        source = source == null ? "" : source;
        kind = kind == null ? "" : kind;
        subnet = subnet == null ? "" : subnet;
    }

    /**
     * The host filter these fields describe.
     *
     * @throws IllegalArgumentException naming the subnet field and what a subnet looks like
     */
    public HostFilter toHostFilter() {
        Optional<Cidr> cidr = Optional.empty();
        if (!subnet.isBlank()) {
            try {
                cidr = Optional.of(Cidr.parse(subnet));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Subnet \"" + subnet.strip() + "\": " + e.getMessage()
                        + "; write it as CIDR, e.g. 10.0.0.0/24", e);
            }
        }
        return new HostFilter(state.isBlank() ? Optional.empty() : Optional.of(ReviewState.valueOf(state)),
                blank(kind), blank(source), cidr, blank(text));
    }

    private static Optional<String> blank(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
