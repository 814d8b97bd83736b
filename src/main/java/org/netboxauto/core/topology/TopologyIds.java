package org.netboxauto.core.topology;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.location.Neighbour;

/** The forms one id of a device is compared in: as heard, its first DNS label, and a MAC written one way. */
final class TopologyIds {

    private TopologyIds() {
    }

    static Set<String> forms(String id) {
        Set<String> out = new LinkedHashSet<>();
        String clean = Neighbour.cleanId(id);
        if (clean.isEmpty()) {
            return out;
        }
        out.add(clean);
        int dot = clean.indexOf('.');
        if (dot > 0 && Character.isLetter(clean.charAt(0))) {
            out.add(clean.substring(0, dot));
        }
        MacAddress.parse(clean).ifPresent(mac -> out.add(mac.toString().toLowerCase(Locale.ROOT)));
        return out;
    }

    /** A name people read for a neighbour: its first id that is not a MAC or an address, else its first id. */
    static String label(Set<String> ids) {
        return ids.stream().sorted().filter(i -> MacAddress.parse(i).isEmpty() && !i.matches("[0-9.:]+"))
                .findFirst().orElseGet(() -> ids.stream().sorted().findFirst().orElse("?"));
    }
}
