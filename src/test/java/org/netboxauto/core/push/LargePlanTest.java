package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Host;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.PortLocation;
import org.netboxauto.core.compare.Hosts;

/**
 * Plans 50,000 hosts, half of them already in a NetBox of 200,000 objects, under a bound generous
 * enough for a slow machine: a plan that turns quadratic again takes minutes, not seconds.
 */
class LargePlanTest {

    private static final int HOSTS = 50_000;
    private static final int IN_NETBOX = HOSTS / 2;
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void fiftyThousandHostsAgainstTwoHundredThousandObjectsPlanInLinearTime() {
        PushInventory inventory = inventory();
        List<PushHost> hosts = hosts();

        long start = System.nanoTime();
        PushPlan plan = PushPlanner.plan(hosts, inventory, PushPlannerTest.settings(false, Optional.of("hq")), Set.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.hosts()).isEqualTo(HOSTS);
        assertThat(plan.countByVerb()).as("device, interface, MAC and IP, then its primary MAC and IP, for each new host;"
                + " nothing for the hosts NetBox has as they are").containsExactlyInAnyOrderEntriesOf(Map.of(
                ActionVerb.CREATE, 4 * (HOSTS - IN_NETBOX), ActionVerb.UPDATE, 2 * (HOSTS - IN_NETBOX)));
        System.out.println("planned " + HOSTS + " hosts in " + took.toMillis() + " ms");
        assertThat(took).as("planning %,d hosts", HOSTS).isLessThan(BOUND);
    }

    private static MacAddress mac(int i) {
        return new MacAddress(0x0200_0000_0000L + i);
    }

    private static String ip(int i) {
        return "10." + (i >> 16) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
    }

    /** Per machine in NetBox: device, interface, MAC object, IP and the switch port it is cabled to (5 objects). */
    private static PushInventory inventory() {
        List<PushInventory.Machine> machines = new ArrayList<>();
        List<PushInventory.Ip> ips = new ArrayList<>();
        List<PushInventory.Mac> macs = new ArrayList<>();
        List<PushInventory.SwitchPort> ports = new ArrayList<>();
        for (int i = 0; i < HOSTS; i++) {
            ports.add(new PushInventory.SwitchPort(1_000_000 + i, "sw1", "port" + i, Optional.empty()));
        }
        for (int i = 0; i < IN_NETBOX; i++) {
            long device = 1 + i;
            long itf = 100_000 + i;
            long macId = 200_000 + i;
            long ipId = 300_000 + i;
            ObjectRef.Existing itfRef = new ObjectRef.Existing(NbType.INTERFACE, itf);
            PushInventory.Mac mac = new PushInventory.Mac(macId, mac(i), Optional.of(itfRef));
            macs.add(mac);
            ips.add(new PushInventory.Ip(ipId, ip(i) + "/22", Optional.of(itfRef)));
            machines.add(new PushInventory.Machine(NbType.DEVICE, device, String.format("host-%05d", i), Optional.of(1L),
                    "active", Optional.of(ipId), Set.of("netbox-auto"), Optional.of("2025-03-04"),
                    List.of(new PushInventory.Interface(itf, "eth0", List.of(mac), Optional.of(macId), Optional.empty(),
                            Optional.empty())), "https://netbox.example.com/dcim/devices/" + device + "/"));
        }
        return new PushInventory(true, PushPlannerTest.catalog(), machines, ips, macs, ports,
                List.of(new PushInventory.Prefix("10.0.0.0/22")), Map.of(NbType.DEVICE, "date"), Map.of());
    }

    private static List<PushHost> hosts() {
        List<PushHost> hosts = new ArrayList<>(HOSTS);
        for (int i = 0; i < HOSTS; i++) {
            Host host = Hosts.host(List.of(mac(i)), String.format("host-%05d", i), null, Map.of(), Set.of(), ip(i));
            hosts.add(PushPlannerTest.approved(host));
        }
        return hosts;
    }
}
