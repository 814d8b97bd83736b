package org.netboxauto.core.push;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.netboxauto.core.MacAddress;

/**
 * Finds the devices and VMs carrying netbox-auto's tag whose host has been gone long enough to propose
 * them offline or for removal. Pure. An object without the tag is never proposed; nor is one whose age
 * is unknown (no MAC of it in the store and no {@code last_seen} field).
 */
public final class OrphanFinder {

    private OrphanFinder() {
    }

    /**
     * @param tag      {@code netbox.tag}, by name or slug
     * @param lastSeen when each MAC's host was last seen by any source, for every host in the store
     */
    public static List<OrphanProposal> propose(PushInventory inventory, String tag, Map<MacAddress, Instant> lastSeen,
                                               Instant now, OrphanRules rules) {
        Optional<String> slug = tagSlug(inventory, tag);
        if (slug.isEmpty()) {
            return List.of();
        }
        List<OrphanProposal> out = new ArrayList<>();
        for (PushInventory.Machine m : inventory.machines()) {
            if (!m.tags().contains(slug.get())) {
                continue;
            }
            Set<MacAddress> macs = macs(m);
            Optional<Instant> seen = lastSeen(m, macs, lastSeen);
            if (seen.isEmpty()) {
                continue;
            }
            Duration gone = Duration.between(seen.get(), now);
            OrphanProposal.Step step = gone.compareTo(rules.removeAfter()) >= 0 ? OrphanProposal.Step.REMOVE
                    : gone.compareTo(rules.offlineAfter()) >= 0 && !"offline".equals(m.status())
                    ? OrphanProposal.Step.OFFLINE : null;
            if (step != null) {
                out.add(new OrphanProposal(m.ref(), m.name(), m.webUrl(), m.status(), seen.get(), gone, step, macs));
            }
        }
        out.sort(Comparator.comparing(OrphanProposal::step).thenComparing(OrphanProposal::lastSeen)
                .thenComparing(OrphanProposal::name));
        return out;
    }

    /**
     * MACs of the tagged devices and VMs already offline whose host is still gone longer than
     * {@code offlineAfter}: their hosts stay out of the push, which would otherwise set a VM active again.
     */
    public static Set<MacAddress> keptOffline(PushInventory inventory, String tag, Map<MacAddress, Instant> lastSeen,
                                              Instant now, OrphanRules rules) {
        Optional<String> slug = tagSlug(inventory, tag);
        Set<MacAddress> out = new LinkedHashSet<>();
        for (PushInventory.Machine m : inventory.machines()) {
            if (slug.isPresent() && m.tags().contains(slug.get()) && "offline".equals(m.status())) {
                Set<MacAddress> macs = macs(m);
                lastSeen(m, macs, lastSeen).filter(seen -> Duration.between(seen, now)
                        .compareTo(rules.offlineAfter()) >= 0).ifPresent(seen -> out.addAll(macs));
            }
        }
        return out;
    }

    private static Optional<String> tagSlug(PushInventory inventory, String tag) {
        return inventory.named(NbType.TAG).stream()
                .filter(t -> t.name().equalsIgnoreCase(tag) || t.slug().equalsIgnoreCase(tag))
                .map(PushInventory.Named::slug).findFirst();
    }

    private static Set<MacAddress> macs(PushInventory.Machine m) {
        Set<MacAddress> macs = new LinkedHashSet<>();
        m.interfaces().forEach(i -> i.macs().forEach(x -> macs.add(x.mac())));
        return macs;
    }

    /** The latest sighting of a host with one of these MACs, else the object's own {@code last_seen} field. */
    private static Optional<Instant> lastSeen(PushInventory.Machine m, Set<MacAddress> macs,
                                              Map<MacAddress, Instant> lastSeen) {
        Optional<Instant> seen = macs.stream().map(lastSeen::get).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder());
        return seen.isPresent() ? seen : m.lastSeen().flatMap(OrphanFinder::fieldTime);
    }

    /** A {@code last_seen} date counts as the end of that day, so no object is proposed early. */
    private static Optional<Instant> fieldTime(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
