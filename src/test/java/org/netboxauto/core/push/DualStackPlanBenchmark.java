package org.netboxauto.core.push;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.compare.Hosts;

/**
 * What IPv6 costs the planner: 50,000 hosts, half already in NetBox, planned IPv4-only and then dual-stack (each
 * host also with an IPv6 address, NetBox holding those under its RFC 5952 spelling, the hosts under the long
 * one Kea reports). CPU time of the planning thread, best of three, side by side. Prints; never fails on time.
 * Run: ./mvnw test -Dtest=DualStackPlanBenchmark -Dplan.benchmark=true
 */
@EnabledIfSystemProperty(named = "plan.benchmark", matches = "true")
class DualStackPlanBenchmark {

    private static final int HOSTS = 50_000;

    @Test
    void ipv4OnlyAgainstDualStack() {
        long[] v4 = best(false);
        long[] dual = best(true);
        System.out.printf("plan of %,d hosts (half in NetBox), CPU ms: IPv4 only %,d, dual-stack %,d (%.2fx for twice"
                + " the addresses); writes %,d and %,d%n", HOSTS, v4[0], dual[0], (double) dual[0] / v4[0], v4[1], dual[1]);
        if (dual[1] != v4[1] + 2L * HOSTS / 2) {
            throw new IllegalStateException("the dual-stack plan should add an IP and a primary IPv6 per new host only");
        }
    }

    /** Best CPU ms and the plan's writes. */
    private static long[] best(boolean dualStack) {
        long best = Long.MAX_VALUE;
        long writes = 0;
        for (int run = 0; run < 3; run++) {
            PushInventory inventory = inventory(dualStack);
            List<PushHost> hosts = new ArrayList<>(HOSTS);
            for (int i = 0; i < HOSTS; i++) {
                String[] ips = dualStack ? new String[] {v4(i), v6Long(i)} : new String[] {v4(i)};
                hosts.add(PushPlannerTest.approved(Hosts.host(List.of(mac(i)), String.format("host-%05d", i), null,
                        Map.of(), Set.of(), ips)));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            PushPlan plan = PushPlanner.plan(hosts, inventory, PushPlannerTest.settings(false, Optional.of("hq")),
                    Set.of());
            best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1_000_000);
            if (!plan.problems().isEmpty()) {
                throw new IllegalStateException(plan.problems().getFirst().toString());
            }
            writes = plan.writes();
        }
        return new long[] {best, writes};
    }

    private static MacAddress mac(int i) {
        return new MacAddress(0x0200_0000_0000L + i);
    }

    private static String v4(int i) {
        int subnet = i / 250;
        return "10." + (subnet >> 8) + "." + (subnet & 0xff) + "." + (1 + i % 250);
    }

    /** As Kea's collector writes it: {@code 2001:db8:0:0:0:0:0:c351}. */
    private static String v6Long(int i) {
        return "2001:db8:0:0:0:0:" + Integer.toHexString(1 + (i >> 16)) + ":" + Integer.toHexString(i & 0xffff);
    }

    /** As NetBox answers: {@code 2001:db8::1:c351/64}. */
    private static String v6Short(int i) {
        return "2001:db8::" + Integer.toHexString(1 + (i >> 16)) + ":" + Integer.toHexString(i & 0xffff) + "/64";
    }

    private static PushInventory inventory(boolean dualStack) {
        List<PushInventory.Machine> machines = new ArrayList<>();
        List<PushInventory.Ip> ips = new ArrayList<>();
        List<PushInventory.Mac> macs = new ArrayList<>();
        for (int i = 0; i < HOSTS / 2; i++) {
            ObjectRef.Existing itf = new ObjectRef.Existing(NbType.INTERFACE, 100_000 + i);
            PushInventory.Mac mac = new PushInventory.Mac(200_000 + i, mac(i), Optional.of(itf));
            macs.add(mac);
            ips.add(new PushInventory.Ip(300_000 + i, v4(i) + "/24", Optional.of(itf)));
            Optional<Long> primary6 = Optional.empty();
            if (dualStack) {
                ips.add(new PushInventory.Ip(400_000 + i, v6Short(i), Optional.of(itf)));
                primary6 = Optional.of(400_000L + i);
            }
            machines.add(new PushInventory.Machine(NbType.DEVICE, 1 + i, String.format("host-%05d", i), Optional.of(1L),
                    "active", Optional.of(300_000L + i), primary6, Set.of("netbox-auto"), Optional.of("2025-03-04"),
                    List.of(new PushInventory.Interface(100_000 + i, "eth0", List.of(mac), Optional.of(200_000L + i),
                            Optional.empty(), Optional.empty())), "https://netbox.example.com/dcim/devices/" + i + "/"));
        }
        return new PushInventory(true, PushPlannerTest.catalog(), machines, ips, macs, List.of(),
                List.of(new PushInventory.Prefix("10.0.0.0/16"), new PushInventory.Prefix("2001:db8::/32"),
                        new PushInventory.Prefix("2001:db8::/64")),
                Map.of(NbType.DEVICE, "date"), Map.of());
    }
}
