package org.netboxauto.core.names;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.netboxauto.core.Observation;

/** A name one method found for a request; it joins correlation as an observation of {@code names:METHOD}. */
public record FoundName(NameRequest request, NameMethod method, String name) {

    /** Evidence key: the address the name was asked for. */
    public static final String ASKED = "asked";

    public FoundName {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(name, "name");
    }

    /** No IPs: a name lookup vouches for the name only, never for the address or the host being there. */
    public Observation observation(Instant at) {
        return new Observation(method.sourceId(), at, request.mac(), List.of(), Optional.of(name), Optional.empty(),
                Map.of(ASKED, request.ip()));
    }
}
