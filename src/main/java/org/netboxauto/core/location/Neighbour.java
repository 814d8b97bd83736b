package org.netboxauto.core.location;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An LLDP or CDP neighbour seen on a switch port.
 *
 * @param ids the neighbour's names and chassis ids, cleaned and lower case
 */
public record Neighbour(String protocol, Set<NeighbourRole> roles, Set<String> ids) {

    private static final String SEPARATOR = "; ";

    public Neighbour {
        Objects.requireNonNull(protocol, "protocol");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        TreeSet<String> clean = new TreeSet<>();
        for (String id : ids) {
            String c = cleanId(id);
            if (!c.isEmpty()) {
                clean.add(c);
            }
        }
        ids = clean;
    }

    /** A name or id reduced to characters the evidence encoding can carry, lower case. */
    public static String cleanId(String id) {
        StringBuilder out = new StringBuilder();
        id.strip().toLowerCase(Locale.ROOT).codePoints()
                .filter(c -> c > 0x20 && c < 0x7F && c != ';' && c != '+' && c != ',' && c != ' ' && c != '=')
                .limit(128)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    public boolean forwards() {
        return NeighbourRole.forwards(roles);
    }

    /** A short name for messages: the first id, or the protocol. */
    public String label() {
        return ids.stream().filter(i -> !i.contains(":")).findFirst()
                .or(() -> ids.stream().findFirst()).orElse("unnamed " + protocol + " neighbour");
    }

    /** {@code lldp roles=bridge+router ids=core-sw+64:d1:54:f2:a4:16; cdp ...}. */
    public static String encodeAll(List<Neighbour> neighbours) {
        List<String> parts = new ArrayList<>();
        for (Neighbour n : neighbours) {
            parts.add(n.protocol + " roles=" + String.join("+", n.roles.stream().sorted().map(NeighbourRole::id).toList())
                    + " ids=" + String.join("+", n.ids));
        }
        return String.join(SEPARATOR, parts);
    }

    /** Reads {@link #encodeAll}'s text; parts it does not understand are skipped. */
    public static List<Neighbour> parseAll(String text) {
        List<Neighbour> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            String[] fields = part.strip().split(" ");
            if (fields.length != 3 || !fields[1].startsWith("roles=") || !fields[2].startsWith("ids=")) {
                continue;
            }
            Set<NeighbourRole> roles = EnumSet.noneOf(NeighbourRole.class);
            for (String r : fields[1].substring(6).split("\\+")) {
                if (!r.isEmpty()) {
                    roles.add(NeighbourRole.ofId(r));
                }
            }
            out.add(new Neighbour(fields[0], roles, Set.of(fields[2].substring(4).split("\\+"))));
        }
        return out;
    }
}
