package org.netboxauto.discovery.snmp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.netboxauto.config.SnmpSource.PerVlan;
import org.snmp4j.smi.VariableBinding;

/**
 * Cisco's per-VLAN BRIDGE-MIB instances ({@code community@vlan}, or context {@code vlan-N} in v3),
 * for the VLANs vtpVlanState lists as operational. The plain community shows only VLAN 1 there.
 *
 * A switch that does not index them ignores those communities or contexts: one small GET with one
 * short try tells, once per switch, instead of a walk that waits out every retry.
 *
 * @param skipped    why per-VLAN tables were not read, or empty
 * @param notIndexed whether the switch did not answer in a per-VLAN community or context
 */
record PerVlanTables(List<FdbRow> rows, Map<Integer, Integer> bridgePortIfIndex, Set<Integer> vlans,
                     Optional<String> skipped, boolean notIndexed) {

    private static final int OPERATIONAL = 1;

    /**
     * Lists the operational VLANs and asks, in the background, whether the switch answers in the first
     * one's community or context: the wait for a switch that ignores it overlaps the walks of the ports,
     * the plain forwarding table and ARP instead of adding to them.
     */
    static Pending start(SnmpClient client, PerVlan mode) throws SnmpException, InterruptedException {
        if (mode == PerVlan.OFF) {
            return new Pending(Set.of(), null, Optional.of("per-vlan = off"));
        }
        Set<Integer> vlans = new TreeSet<>();
        for (VariableBinding vb : client.walk(SnmpOids.VTP_VLAN_STATE)) {
            int[] index = SnmpValues.index(vb.getOid(), SnmpOids.VTP_VLAN_STATE);
            boolean up = SnmpValues.integer(vb.getVariable()).orElse(0) == OPERATIONAL;
            // 1002-1005 are the FDDI/Token Ring defaults every Catalyst lists
            if (index.length == 2 && up && index[1] >= 1 && index[1] <= 4094 && (index[1] < 1002 || index[1] > 1005)) {
                vlans.add(index[1]);
            }
        }
        if (vlans.isEmpty()) {
            return new Pending(Set.of(), null, Optional.of("no operational VLAN in vtpVlanState"));
        }
        int first = vlans.iterator().next();
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        Thread.ofVirtual().name("snmp-vlan-probe").start(() -> {
            try {
                answered.complete(client.answers(first));
            } catch (Throwable e) {
                answered.completeExceptionally(e);
            }
        });
        return new Pending(vlans, answered, Optional.empty());
    }

    /** The VLANs found and the answer to the probe, still to come. */
    record Pending(Set<Integer> vlans, CompletableFuture<Boolean> answered, Optional<String> skipped) {

        /** Waits for the probe's answer, then walks each VLAN's table when the switch indexes them. */
        PerVlanTables read(SnmpClient client, ForwardingTable.Counts counts) throws SnmpException,
                InterruptedException {
            if (skipped.isPresent()) {
                return none(skipped.get());
            }
            int first = vlans.iterator().next();
            if (!awaitAnswer()) {
                return new PerVlanTables(List.of(), Map.of(), Set.of(), Optional.of("not indexed: "
                        + client.perVlanName(first) + " got no answer to one GET"), true);
            }
            return walk(client, vlans, counts);
        }

        private boolean awaitAnswer() throws SnmpException, InterruptedException {
            try {
                return answered.get();
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case SnmpException snmp -> throw snmp;
                    case InterruptedException interrupted -> throw interrupted;
                    case RuntimeException runtime -> throw runtime;
                    case Error error -> throw error;
                    default -> throw new IllegalStateException(e.getCause());
                }
            }
        }
    }

    private static PerVlanTables walk(SnmpClient client, Set<Integer> vlans, ForwardingTable.Counts counts)
            throws SnmpException, InterruptedException {
        List<FdbRow> rows = new ArrayList<>();
        Map<Integer, Integer> bridgePorts = new HashMap<>();
        Set<Integer> read = new TreeSet<>();
        for (int vlan : vlans) {
            try {
                rows.addAll(ForwardingTable.dot1d(client, Optional.of(vlan), Set.of(), counts));
                for (VariableBinding vb : client.walk(SnmpOids.BASE_PORT_IF_INDEX, Optional.of(vlan))) {
                    int[] index = SnmpValues.index(vb.getOid(), SnmpOids.BASE_PORT_IF_INDEX);
                    if (index.length == 1) {
                        SnmpValues.integer(vb.getVariable()).ifPresent(i -> bridgePorts.putIfAbsent(index[0], i));
                    }
                }
                read.add(vlan);
            } catch (SnmpException e) {
                if (!e.timeout()) {
                    throw e;
                }
                // the switch ignores unknown communities or contexts: asking for every other VLAN would wait just as long
                return new PerVlanTables(rows, bridgePorts, read,
                        Optional.of("VLAN " + vlan + " was not answered (" + e.getMessage() + ")"), false);
            }
        }
        return new PerVlanTables(rows, bridgePorts, read, Optional.empty(), false);
    }

    private static PerVlanTables none(String why) {
        return new PerVlanTables(List.of(), Map.of(), Set.of(), Optional.of(why), false);
    }
}
