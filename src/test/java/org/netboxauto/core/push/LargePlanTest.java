package org.netboxauto.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * Plans 50,000 hosts, half of them already in a NetBox of 200,000 objects, and a quarter of that:
 * linear planning costs about four times the CPU for four times the hosts, quadratic sixteen. CPU
 * time of the planning thread, not wall time, so a busy machine does not fail it.
 */
class LargePlanTest {

    private static final int HOSTS = 50_000;

    @Test
    void fiftyThousandHostsAgainstTwoHundredThousandObjectsPlanInLinearTime() {
        plan(HOSTS / 4);
        Duration quarter = plan(HOSTS / 4);
        Duration full = plan(HOSTS);
        System.out.printf("planned %,d hosts in %,d ms of CPU, %,d in %,d ms%n", HOSTS / 4, quarter.toMillis(), HOSTS,
                full.toMillis());
        assertThat(full).as("CPU for %,d hosts against %s for a quarter of them", HOSTS, quarter)
                .isLessThan(quarter.multipliedBy(8)).isLessThan(Duration.ofSeconds(30));
    }

    private static Duration plan(int count) {
        PushInventory inventory = inventory(count);
        List<PushHost> hosts = hosts(count);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        PushPlan plan = PushPlanner.plan(hosts, inventory, PushPlannerTest.settings(false, Optional.of("hq")), Set.of());
        Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);

        int inNetBox = count / 2;
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.hosts()).isEqualTo(count);
        assertThat(plan.countByVerb()).as("device, interface, MAC and IP, then its primary MAC and IP, for each new host;"
                + " nothing for the hosts NetBox has as they are").containsExactlyInAnyOrderEntriesOf(Map.of(
                ActionVerb.CREATE, 4 * (count - inNetBox), ActionVerb.UPDATE, 2 * (count - inNetBox)));
        return took;
    }

    private static MacAddress mac(int i) {
        return new MacAddress(0x0200_0000_0000L + i);
    }

    private static String ip(int i) {
        return "10." + (i >> 16) + "." + (i >> 8 & 0xff) + "." + (i & 0xff);
    }

    /** Per machine in NetBox: device, interface, MAC object, IP and the switch port it is cabled to (5 objects). */
    static PushInventory inventory(int count) {
        List<PushInventory.Machine> machines = new ArrayList<>();
        List<PushInventory.Ip> ips = new ArrayList<>();
        List<PushInventory.Mac> macs = new ArrayList<>();
        List<PushInventory.SwitchPort> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(new PushInventory.SwitchPort(1_000_000 + i, "sw1", "port" + i, Optional.empty()));
        }
        for (int i = 0; i < count / 2; i++) {
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

    static List<PushHost> hosts(int count) {
        List<PushHost> hosts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Host host = Hosts.host(List.of(mac(i)), String.format("host-%05d", i), null, Map.of(), Set.of(), ip(i));
            hosts.add(PushPlannerTest.approved(host));
        }
        return hosts;
    }
}
