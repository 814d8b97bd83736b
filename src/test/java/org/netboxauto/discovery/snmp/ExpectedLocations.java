package org.netboxauto.discovery.snmp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Observation;
import org.netboxauto.core.location.LocationEvidence;

/**
 * The fixtures in {@code expected/*.tsv}, written by {@code src/test/scripts/snmp_expected_locations.py}
 * from the recordings alone, and the same rows read back from located observations.
 */
final class ExpectedLocations {

    private ExpectedLocations() {
    }

    static Set<String> of(String recording) throws IOException {
        try (InputStream in = ExpectedLocations.class.getResourceAsStream("expected/" + recording + ".tsv")) {
            if (in == null) {
                throw new IOException("no fixture expected/" + recording + ".tsv; run src/test/scripts/"
                        + "snmp_expected_locations.py");
            }
            Set<String> rows = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().replace("\t\t", "\t-\t"));
                }
            }
            return rows;
        }
    }

    /** {@code ip mac} of the ARP rows the fixture {@code expected/NAME.arp.tsv} lists, IPs in RFC 5952 text. */
    static Set<String> arp(String recording) throws IOException {
        Set<String> rows = new TreeSet<>();
        for (String row : of(recording + ".arp")) {
            String[] f = row.split("\t");
            rows.add(org.netboxauto.core.IpLiterals.canonical(f[0]) + " " + f[1]);
        }
        return rows;
    }

    /** {@code mac vlan port expected} of each forwarding row, as the fixture writes it. */
    static Set<String> actual(List<Observation> raw, List<Observation> located) {
        Set<String> rows = new TreeSet<>();
        for (int i = 0; i < raw.size(); i++) {
            Observation r = raw.get(i);
            if (!LocationEvidence.TABLE_FDB.equals(r.evidence().get(Evidence.TABLE))) {
                continue;
            }
            String unresolved = r.evidence().get(LocationEvidence.UNRESOLVED);
            String state;
            if (unresolved != null) {
                state = unresolved.startsWith("port 0") ? "port-0" : "no-ifindex";
            } else if (located.get(i).evidence().containsKey(Evidence.PORT)) {
                state = "located";
            } else {
                state = located.get(i).evidence().getOrDefault(LocationEvidence.LOCATION, "").contains("uplink:")
                        ? "uplink" : "not-edge";
            }
            List<String> cols = new ArrayList<>(List.of(r.mac().toString(), r.evidence().getOrDefault(Evidence.VLAN, "-"),
                    unresolved == null ? r.evidence().get(Evidence.PORT) : "-", state));
            rows.add(String.join("\t", cols));
        }
        return rows;
    }
}
