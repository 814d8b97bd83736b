package org.netboxauto.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Sourced;

/** Host to and from the JSON kept in {@code host.details}. */
final class HostCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = JSON.writerFor(HostDocument.class);

    private HostCodec() {
    }

    static String toJson(Host h) {
        HostDocument d = new HostDocument(h.mac().toString(), h.macs().stream().map(MacAddress::toString).toList(),
                h.ips().stream().map(HostCodec::text).toList(), h.hostname().map(HostCodec::text).orElse(null),
                h.port().map(p -> new HostDocument.SourcedPort(p.value().switchName(), p.value().port(),
                        p.value().vlan().orElse(null), p.source(), p.seenAt())).orElse(null),
                h.vendor().map(HostCodec::text).orElse(null), h.sources(), h.firstSeen(), h.lastSeen(),
                h.flags().stream().map(Enum::name).sorted().toList(), h.evidence());
        try {
            return WRITER.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write host " + h.mac() + " as JSON", e);
        }
    }

    static Host fromJson(String json) {
        HostDocument d;
        try {
            d = HostDocumentReader.read(json);
        } catch (java.io.IOException | java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("a stored host is not readable JSON: " + e.getMessage(), e);
        }
        Set<HostFlag> flags = EnumSet.noneOf(HostFlag.class);
        orEmpty(d.flags()).forEach(f -> knownFlag(f).ifPresent(flags::add));
        return new Host(MacAddress.of(d.mac()), orEmpty(d.macs()).stream().map(MacAddress::of).toList(),
                orEmpty(d.ips()).stream().map(HostCodec::sourced).toList(), Optional.ofNullable(d.hostname()).map(HostCodec::sourced),
                Optional.ofNullable(d.port()).map(p -> new Sourced<>(new PortLocation(p.switchName(), p.port(),
                        Optional.ofNullable(p.vlan())), p.source(), p.seenAt())),
                Optional.ofNullable(d.vendor()).map(HostCodec::sourced), orEmpty(d.sources()), d.firstSeen(),
                d.lastSeen(), flags, d.evidence() == null ? java.util.Map.of() : d.evidence());
    }

    private static Optional<HostFlag> knownFlag(String name) {
        try {
            return Optional.of(HostFlag.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static HostDocument.SourcedText text(Sourced<String> s) {
        return new HostDocument.SourcedText(s.value(), s.source(), s.seenAt());
    }

    private static Sourced<String> sourced(HostDocument.SourcedText t) {
        return new Sourced<>(t.value(), t.source(), t.seenAt());
    }
}
