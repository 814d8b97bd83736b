package org.netboxauto.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.Host;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.Ipv6Addresses;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.Sourced;

/**
 * Host to and from the JSON kept in {@code host.details}.
 *
 * <p>Times a run moves forward on every host it sees again are not written as such (docs/adr/0014):
 * a host's last sighting is written as the source whose latest read it was ({@code lastSeenBy}), and
 * a value seen at that same time has no {@code seenAt}. A host seen again with nothing else changed
 * then encodes to the same text, and its row is left alone.
 */
final class HostCodec {

    private static final JsonFactory FACTORY = new JsonFactory();

    private HostCodec() {
    }

    /** @param reads when each source was last read by a finished run, this one included */
    static String toJson(Host h, Map<String, Instant> reads) {
        Optional<String> lastSeenBy = h.has(HostFlag.GONE) ? Optional.empty()
                : h.sources().stream().filter(s -> h.lastSeen().equals(reads.get(s))).findFirst();
        Instant implied = lastSeenBy.isPresent() ? h.lastSeen() : null;
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("mac", h.mac().toString());
            g.writeArrayFieldStart("macs");
            for (MacAddress m : h.macs()) {
                g.writeString(m.toString());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("ips");
            for (Sourced<String> ip : h.ips()) {
                text(g, ip, implied);
            }
            g.writeEndArray();
            if (h.hostname().isPresent()) {
                g.writeFieldName("hostname");
                text(g, h.hostname().get(), implied);
            }
            if (h.port().isPresent()) {
                Sourced<PortLocation> p = h.port().get();
                g.writeObjectFieldStart("port");
                g.writeStringField("switchName", p.value().switchName());
                g.writeStringField("port", p.value().port());
                if (p.value().vlan().isPresent()) {
                    g.writeNumberField("vlan", p.value().vlan().get());
                }
                provenance(g, p, implied);
                g.writeEndObject();
            }
            if (h.vendor().isPresent()) {
                g.writeFieldName("vendor");
                text(g, h.vendor().get(), implied);
            }
            g.writeArrayFieldStart("sources");
            for (String s : h.sources()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeStringField("firstSeen", h.firstSeen().toString());
            if (lastSeenBy.isPresent()) {
                g.writeStringField("lastSeenBy", lastSeenBy.get());
            } else {
                g.writeStringField("lastSeen", h.lastSeen().toString());
            }
            g.writeArrayFieldStart("flags");
            for (String f : h.flags().stream().map(Enum::name).sorted().toList()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("evidence");
            for (Map.Entry<String, Map<String, String>> source : new java.util.TreeMap<>(h.evidence()).entrySet()) {
                g.writeObjectFieldStart(source.getKey());
                for (Map.Entry<String, String> e : new java.util.TreeMap<>(source.getValue()).entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write host " + h.mac() + " as JSON", e);
        }
        return out.toString();
    }

    private static void text(JsonGenerator g, Sourced<String> s, Instant implied) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", s.value());
        provenance(g, s, implied);
        g.writeEndObject();
    }

    private static void provenance(JsonGenerator g, Sourced<?> s, Instant implied) throws IOException {
        g.writeStringField("source", s.source());
        if (!s.seenAt().equals(implied)) {
            g.writeStringField("seenAt", s.seenAt().toString());
        }
    }

    /** @param reads when each source was last read by a finished run */
    static Host fromJson(String json, Map<String, Instant> reads) {
        return decode(json, reads).host();
    }

    /** A stored host and the source whose latest read its document names as its last sighting, or null. */
    record Decoded(Host host, String lastSeenBy) {
    }

    static Decoded decode(String json, Map<String, Instant> reads) {
        HostDocument d;
        try {
            d = HostDocumentReader.read(json);
        } catch (java.io.IOException | java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("a stored host is not readable JSON: " + e.getMessage(), e);
        }
        Instant lastSeen = d.lastSeen();
        if (lastSeen == null) {
            lastSeen = d.lastSeenBy() == null ? null : reads.get(d.lastSeenBy());
            if (lastSeen == null) {
                throw new IllegalStateException("stored host " + d.mac() + " was last seen by " + d.lastSeenBy()
                        + ", but the store has no finished run that read that source");
            }
        }
        Instant seen = lastSeen;
        Set<HostFlag> flags = EnumSet.noneOf(HostFlag.class);
        orEmpty(d.flags()).forEach(f -> knownFlag(f).ifPresent(flags::add));
        return new Decoded(new Host(MacAddress.of(d.mac()), orEmpty(d.macs()).stream().map(MacAddress::of).toList(),
                // written before IPv6 text was made canonical and link-local addresses became evidence (docs/adr/0032)
                orEmpty(d.ips()).stream().map(t -> sourced(t, seen))
                        .map(ip -> new Sourced<>(IpLiterals.canonical(ip.value()), ip.source(), ip.seenAt()))
                        .filter(ip -> !Ipv6Addresses.isLinkLocal(ip.value())).toList(),
                Optional.ofNullable(d.hostname()).map(t -> sourced(t, seen)),
                Optional.ofNullable(d.port()).map(p -> new Sourced<>(new PortLocation(p.switchName(), p.port(),
                        Optional.ofNullable(p.vlan())), p.source(), p.seenAt() == null ? seen : p.seenAt())),
                Optional.ofNullable(d.vendor()).map(t -> sourced(t, seen)), orEmpty(d.sources()), d.firstSeen(),
                lastSeen, flags, d.evidence() == null ? Map.of() : d.evidence()), d.lastSeen() == null ? d.lastSeenBy() : null);
    }

    /**
     * The host as its stored document reads back once its last-seen source was read again at {@code read}: every
     * time the document leaves implied (the last sighting, and each value seen then) moves to {@code read}.
     *
     * @param stored a host decoded from a document that names a last-seen source
     */
    static Host readAgain(Host stored, Instant read) {
        Instant implied = stored.lastSeen();
        return new Host(stored.mac(), stored.macs(), stored.ips().stream().map(ip -> at(ip, implied, read)).toList(),
                stored.hostname().map(n -> at(n, implied, read)), stored.port().map(p -> at(p, implied, read)),
                stored.vendor().map(v -> at(v, implied, read)), stored.sources(), stored.firstSeen(), read,
                stored.flags(), stored.evidence());
    }

    private static <T> Sourced<T> at(Sourced<T> value, Instant implied, Instant read) {
        return value.seenAt().equals(implied) ? new Sourced<>(value.value(), value.source(), read) : value;
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

    private static Sourced<String> sourced(HostDocument.SourcedText t, Instant lastSeen) {
        return new Sourced<>(t.value(), t.source(), t.seenAt() == null ? lastSeen : t.seenAt());
    }
}
