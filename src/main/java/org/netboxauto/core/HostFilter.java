package org.netboxauto.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which hosts a list shows: by review state, kind, source, subnet, and free text that matches a
 * partial MAC in any notation, an IP or a name. Every empty part matches everything.
 */
public record HostFilter(Optional<ReviewState> state, Optional<String> kind, Optional<String> source,
                         Optional<Cidr> subnet, Optional<String> search) {

    public static final HostFilter ALL = new HostFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public HostFilter {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subnet, "subnet");
        search = search.map(String::strip).filter(s -> !s.isEmpty());
    }

    public boolean matches(Host host, Review review) {
        return matcher().test(host, review);
    }

    /** The filter compiled once, for asking it of many hosts. */
    public java.util.function.BiPredicate<Host, Review> matcher() {
        Optional<TextSearch> text = search.map(TextSearch::new);
        return (host, review) -> state.map(s -> s == review.state()).orElse(true)
                && kind.map(k -> review.kind().map(k::equalsIgnoreCase).orElse(false)).orElse(true)
                && source.map(s -> host.sources().stream().anyMatch(id -> id.equals(s) || SourceIds.name(id).equals(s)
                        || id.startsWith(s.toLowerCase(Locale.ROOT) + ":") || id.equals(s.toLowerCase(Locale.ROOT))))
                        .orElse(true)
                && subnet.map(c -> host.ipValues().stream().anyMatch(c::containsAddress)).orElse(true)
                && text.map(t -> t.matches(host, review)).orElse(true);
    }

}
