package org.netboxauto.core.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.core.location.Sightings.fdb;
import static org.netboxauto.core.location.Sightings.mac;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Observation;

/** A LAG leads to a host only when its members are named, hear no switch, and carry few MACs. */
class AccessLagTest {

    private static final Map<String, String> LAG = Map.of(LocationEvidence.PORT_KIND, LocationEvidence.KIND_LAG,
            LocationEvidence.LAG_MEMBERS, "Gi1/0/7,Gi1/0/8");

    private final PortLocator locator = new PortLocator(8);

    @Test
    void aBondWithOneMacIsTheHostsAccessLagAndTheUplinkLagsStayUplinks() {
        Map<String, String> bridgeOnMember = new java.util.HashMap<>(LAG);
        bridgeOnMember.put(LocationEvidence.NEIGHBOURS, "lldp roles=bridge ids=dist-9");
        List<Observation> out = locator.locate(List.of(
                fdb("core", "Po3", mac(1), LAG),
                fdb("core", "Po1", mac(2), bridgeOnMember),
                fdb("core", "Po9", mac(3), Map.of(LocationEvidence.PORT_KIND, LocationEvidence.KIND_LAG))));

        assertThat(out.get(0).evidence()).containsEntry(LocationEvidence.LOCATION,
                "access LAG (members Gi1/0/7, Gi1/0/8): 1 MAC, no switch neighbour on any member");
        assertThat(out.get(1).evidence().get(LocationEvidence.LOCATION))
                .isEqualTo("none, seen on uplinks only; uplink: LLDP neighbour dist-9 is a bridge");
        assertThat(out.get(2).evidence().get(LocationEvidence.LOCATION))
                .isEqualTo("none, seen on uplinks only; uplink: LAG port");
    }

    @Test
    void aLagWithMoreMacsThanTheThresholdIsAnUplink() {
        List<Observation> in = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            in.add(fdb("core", "Po3", mac(i), LAG));
        }

        assertThat(locator.locate(in).get(0).evidence().get(LocationEvidence.LOCATION))
                .isEqualTo("none, seen on uplinks only; uplink: LAG port");
    }
}
