package org.netboxauto.core.push;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.topology.SwitchLink;
import org.netboxauto.core.topology.SwitchReport;

/**
 * What switch matching and cabling add to a push plan: 12,500 hosts planned alone, then with 200
 * switches (a core and 199 access switches, each linked to the core by a two-member LAG, both ends
 * seen) against a NetBox of 200 switch devices with 52 interfaces each. CPU time of the planning
 * thread, side by side; never fails on a time. {@code -Dswitches.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "switches.benchmark", matches = "true")
class SwitchCablesBenchmark {

    private static final int SWITCHES = 200;
    private static final int HOSTS = 12_500;

    @Test
    void switchCablesNextToAPlanOfHosts() {
        PushInventory inventory = LargePlanTest.inventory(HOSTS);
        List<PushHost> hosts = LargePlanTest.hosts(HOSTS);
        List<SwitchReport> reports = reports();
        SwitchInventory netbox = netbox();
        for (int warm = 0; warm < 3; warm++) {
            plan(hosts, inventory, List.of(), SwitchInventory.EMPTY);
            plan(hosts, inventory, reports, netbox);
        }
        long alone = Long.MAX_VALUE;
        long with = Long.MAX_VALUE;
        int cables = 0;
        for (int run = 0; run < 5; run++) {
            alone = Math.min(alone, plan(hosts, inventory, List.of(), SwitchInventory.EMPTY)[0]);
            long[] w = plan(hosts, inventory, reports, netbox);
            with = Math.min(with, w[0]);
            cables = (int) w[1];
        }
        System.out.printf("%,d hosts alone: %,d ms of CPU; with %d switches (%,d cables): %,d ms; ratio %.2f%n",
                HOSTS, alone / 1_000_000, SWITCHES, cables, with / 1_000_000, (double) with / alone);
    }

    private static long[] plan(List<PushHost> hosts, PushInventory inventory, List<SwitchReport> reports,
                               SwitchInventory netbox) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        PushPlan plan = PushPlanner.plan(hosts, inventory, PushPlannerTest.settings(false, Optional.of("hq")), Set.of(),
                reports, netbox);
        long took = threads.getCurrentThreadCpuTime() - start;
        return new long[] {took, plan.actions().stream().filter(a -> a.type() == NbType.CABLE).count()};
    }

    private static String chassis(int sw) {
        return new MacAddress(0x001B_5400_0000L + sw).toString();
    }

    /** Switch 0 is the core: its ports 2i-1 and 2i lead to access switch i's uplinks 49 and 50. */
    private static List<SwitchReport> reports() {
        List<SwitchReport> out = new ArrayList<>();
        List<SwitchLink> core = new ArrayList<>();
        for (int sw = 1; sw < SWITCHES; sw++) {
            for (int m = 0; m < 2; m++) {
                core.add(new SwitchLink("Gi" + (2 * sw - 1 + m), "lldp", Set.of(chassis(sw), "sw" + sw),
                        Optional.of("Te" + (49 + m)), Optional.empty(), Optional.empty(), true));
            }
            out.add(new SwitchReport("sw" + sw, "sources.snmp[" + sw + "]", Optional.empty(), Optional.of("sw" + sw),
                    List.of("SER" + sw), List.of(), Set.of(chassis(sw)), List.of(
                    new SwitchLink("Te49", "lldp", Set.of(chassis(0), "sw0"), Optional.of("Gi" + (2 * sw - 1)),
                            Optional.empty(), Optional.empty(), true),
                    new SwitchLink("Te50", "lldp", Set.of(chassis(0), "sw0"), Optional.of("Gi" + (2 * sw)),
                            Optional.empty(), Optional.empty(), true)), Map.of("Te49", "Po1", "Te50", "Po1")));
        }
        out.add(new SwitchReport("sw0", "sources.snmp[0]", Optional.empty(), Optional.of("sw0"), List.of("SER0"),
                List.of(), Set.of(chassis(0)), core, Map.of()));
        return out;
    }

    private static SwitchInventory netbox() {
        List<SwitchInventory.Device> devices = new ArrayList<>();
        List<SwitchInventory.Port> ports = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (int sw = 0; sw < SWITCHES; sw++) {
            devices.add(new SwitchInventory.Device(10_000 + sw, "switch-" + sw, Optional.of("SER" + sw)));
            int portCount = sw == 0 ? 2 * SWITCHES : 52;
            for (int p = 1; p <= portCount; p++) {
                long id = 1_000_000L + sw * 1_000L + p;
                ids.add(id);
                String name = sw > 0 && p >= 49 ? "Te" + p : "Gi" + p;
                ports.add(new SwitchInventory.Port(id, 10_000 + sw, name, "1000base-t", Optional.empty(),
                        Optional.empty(), Optional.empty(), List.of(), List.of()));
            }
        }
        return new SwitchInventory(devices, ports);
    }
}
