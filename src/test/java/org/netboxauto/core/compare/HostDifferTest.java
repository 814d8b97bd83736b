package org.netboxauto.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.netboxauto.core.compare.Hosts.device;
import static org.netboxauto.core.compare.Hosts.host;
import static org.netboxauto.core.compare.Hosts.itf;
import static org.netboxauto.core.compare.Hosts.object;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.HostFlag;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;

class HostDifferTest {

    private final HostDiffer differ = new HostDiffer();

    @Test
    void theSameHostHasNoDifferenceEvenWithDomainCaseAndMask() {
        assertThat(differ.diff(host("52:54:00:00:00:01", "Web01.example.com", "10.0.0.11"),
                device(1, "web01", "52:54:00:00:00:01", "10.0.0.11/24"))).isEmpty();
    }

    @Test
    void whatNetBoxHasBeyondDiscoveryIsNoDifference() {
        NetBoxHost rich = object(NetBoxKind.DEVICE, 1, "web01", "active",
                itf(1, "eth0", "52:54:00:00:00:01", null, "10.0.0.11/24", "2001:db8::11/64"),
                itf(2, "ipmi", "52:54:00:00:00:99", null, "10.9.0.11/24"));

        assertThat(differ.diff(host("52:54:00:00:00:01", null, "10.0.0.11"), rich)).isEmpty();
    }

    @Test
    void ipv6IsComparedByAddressAndATemporaryAddressNetBoxLacksIsNoDifference() {
        // NetBox writes 2001:db8:10:0:7683:c2ff:fe36:5a6e/64 its own way; the privacy address is never pushed
        assertThat(differ.diff(host("74:83:c2:36:5a:6e", null, "2001:db8:10:0:7683:c2ff:fe36:5a6e",
                        "2001:db8:10:0:3d1a:94c2:7b0e:51f6"),
                device(1, null, "74:83:c2:36:5a:6e", "2001:0db8:0010:0000:7683:c2ff:fe36:5a6e/64"))).isEmpty();

        assertThat(differ.diff(host("74:83:c2:36:5a:6e", null, "2001:db8:10:0:7683:c2ff:fe36:5a6e",
                        "2001:db8:20::5"), device(1, null, "74:83:c2:36:5a:6e", "2001:db8:10::1/64")))
                .containsExactly(new FieldDiff(DiffField.IPS, "2001:db8:10:0:7683:c2ff:fe36:5a6e, 2001:db8:20::5",
                        "2001:db8:10::1/64"));
    }

    @Test
    void nameIpAndMacDifferencesShowBothSides() {
        List<FieldDiff> diffs = differ.diff(host(List.of(MacAddress.of("52:54:00:00:00:01"),
                        MacAddress.of("52:54:00:00:00:02")), "web02", null, Map.of(), Set.of(), "10.0.0.12"),
                device(1, "web01", "52:54:00:00:00:01", "10.0.0.11/24"));

        assertThat(diffs).containsExactly(
                new FieldDiff(DiffField.NAME, "web02", "web01"),
                new FieldDiff(DiffField.IPS, "10.0.0.12", "10.0.0.11/24"),
                new FieldDiff(DiffField.MACS, "52:54:00:00:00:01, 52:54:00:00:00:02", "52:54:00:00:00:01"));
    }

    @Test
    void anIpOnAnotherInterfaceThanTheMacIsAnInterfaceDifference() {
        NetBoxHost nb = object(NetBoxKind.DEVICE, 1, "web01", "active",
                itf(1, "eth0", "52:54:00:00:00:01", null), itf(2, "eth1", null, null, "10.0.0.11/24"));

        assertThat(differ.diff(host("52:54:00:00:00:01", "web01", "10.0.0.11"), nb))
                .extracting(FieldDiff::field).containsExactly(DiffField.INTERFACE);
    }

    @Test
    void switchPortIsComparedWithTheCablesFarEnd() {
        PortLocation seen = new PortLocation("sw1.example.com", "ge-0/0/3", Optional.of(10));
        NetBoxHost cabledRight = object(NetBoxKind.DEVICE, 1, "web01", "active",
                itf(1, "eth0", "52:54:00:00:00:01", new PortLocation("SW1", "ge-0/0/3", Optional.empty())));
        NetBoxHost cabledWrong = object(NetBoxKind.DEVICE, 1, "web01", "active",
                itf(1, "eth0", "52:54:00:00:00:01", new PortLocation("sw1", "ge-0/0/4", Optional.empty())));
        NetBoxHost uncabled = device(1, "web01", "52:54:00:00:00:01");
        var host = host(List.of(MacAddress.of("52:54:00:00:00:01")), "web01", seen, Map.of(), Set.of());

        assertThat(differ.diff(host, cabledRight)).isEmpty();
        assertThat(differ.diff(host, cabledWrong)).containsExactly(
                new FieldDiff(DiffField.SWITCH_PORT, "sw1.example.com ge-0/0/3", "sw1 ge-0/0/4"));
        assertThat(differ.diff(host, uncabled)).containsExactly(
                new FieldDiff(DiffField.SWITCH_PORT, "sw1.example.com ge-0/0/3", ""));
    }

    @Test
    void aProxmoxGuestRecordedAsADeviceAndAStoppedGuestMarkedActive() {
        var guest = host(List.of(MacAddress.of("bc:24:11:00:00:02")), "db01", null,
                Map.of("proxmox:pve1", Map.of(Evidence.VMID, "101", Evidence.STATUS, "stopped")),
                Set.of(HostFlag.STOPPED));

        assertThat(differ.diff(guest, device(1, "db01", "bc:24:11:00:00:02"))).containsExactly(
                new FieldDiff(DiffField.KIND, "virtual machine", "device"),
                new FieldDiff(DiffField.STATUS, "offline", "active"));
        assertThat(differ.diff(guest, object(NetBoxKind.VIRTUAL_MACHINE, 1, "db01", "offline",
                itf(1, "net0", "bc:24:11:00:00:02", null)))).isEmpty();
    }
}
