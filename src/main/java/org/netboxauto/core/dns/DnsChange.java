package org.netboxauto.core.dns;

import java.util.Objects;
import java.util.Optional;

/** One record added, changed or removed; {@code before} is empty for an add, {@code after} for a remove. */
public record DnsChange(DnsChangeKind kind, Optional<DnsRecord> before, Optional<DnsRecord> after) {

    public DnsChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        boolean ok = switch (kind) {
            case ADD -> before.isEmpty() && after.isPresent();
            case REMOVE -> before.isPresent() && after.isEmpty();
            case CHANGE -> before.isPresent() && after.isPresent()
                    && before.get().name().equals(after.get().name()) && before.get().type() == after.get().type();
        };
        if (!ok) {
            throw new IllegalArgumentException(kind + " with before " + before + " and after " + after);
        }
    }

    public static DnsChange add(DnsRecord record) {
        return new DnsChange(DnsChangeKind.ADD, Optional.empty(), Optional.of(record));
    }

    public static DnsChange remove(DnsRecord record) {
        return new DnsChange(DnsChangeKind.REMOVE, Optional.of(record), Optional.empty());
    }

    public static DnsChange change(DnsRecord before, DnsRecord after) {
        return new DnsChange(DnsChangeKind.CHANGE, Optional.of(before), Optional.of(after));
    }

    /** The record this change is about: its name and type. */
    public DnsRecord subject() {
        return after.orElseGet(before::orElseThrow);
    }

    /**
     * One line for a dry run: {@code + A web01.lan.example.com 192.168.1.5},
     * {@code ~ A web01.lan.example.com 192.168.1.5 -> 192.168.1.6}, {@code - PTR 5.1.168.192.in-addr.arpa web01...};
     * a changed TTL is shown as {@code ttl 3600 -> 600}.
     */
    public String line() {
        return switch (kind) {
            case ADD -> "+ " + after.orElseThrow().text();
            case REMOVE -> "- " + before.orElseThrow().text();
            case CHANGE -> {
                DnsRecord b = before.orElseThrow();
                DnsRecord a = after.orElseThrow();
                StringBuilder out = new StringBuilder("~ ").append(b.text());
                if (!b.value().equals(a.value())) {
                    out.append(" -> ").append(a.value());
                }
                if (b.ttl() != a.ttl()) {
                    out.append(" ttl ").append(b.ttl()).append(" -> ").append(a.ttl());
                }
                yield out.toString();
            }
        };
    }
}
