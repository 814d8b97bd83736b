package org.netboxauto.discovery.snmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.location.Neighbour;
import org.netboxauto.core.location.NeighbourRole;
import org.netboxauto.testsupport.FuzzBudget;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.Variable;

/** The value decoders take anything a switch may send: random values never throw, known forms decode. */
class SnmpValuesFuzzTest {

    @Test
    void knownFormsDecode() {
        assertThat(SnmpValues.mac(OctetString.fromHexString("64:d1:54:f2:a4:16"))).hasValueSatisfying(
                m -> assertThat(m.toString()).isEqualTo("64:d1:54:f2:a4:16"));
        assertThat(SnmpValues.mac(new OctetString("bc:cf:4f:3e:48:2f"))).isPresent();
        assertThat(SnmpValues.mac(new OctetString("00 11 22 33 44 55"))).isPresent();
        assertThat(SnmpValues.mac(OctetString.fromHexString("01:00:5e:01:00:01"))).isEmpty();
        assertThat(SnmpValues.macInIndex(new int[] {6, 0, 10, 247, 236, 209, 97}, SnmpValues.macStart(
                new int[] {6, 0, 10, 247, 236, 209, 97}, 0))).isPresent();
        assertThat(SnmpValues.macStart(new int[] {1, 6, 0, 4, 19, 97, 106, 43}, 1)).isEqualTo(2);
        assertThat(SnmpValues.lldpRoles(new Integer32(36))).containsExactlyInAnyOrder(NeighbourRole.PHONE,
                NeighbourRole.BRIDGE);
        assertThat(SnmpValues.lldpRoles(OctetString.fromHexString("28:00"))).containsExactlyInAnyOrder(
                NeighbourRole.BRIDGE, NeighbourRole.ROUTER);
        assertThat(SnmpValues.lldpRoles(new OctetString("38 00 2 3 4"))).containsExactlyInAnyOrder(
                NeighbourRole.BRIDGE, NeighbourRole.ACCESS_POINT, NeighbourRole.ROUTER);
        assertThat(SnmpValues.cdpRoles(OctetString.fromHexString("00:00:04:90"), "Cisco IP Phone 7945"))
                .contains(NeighbourRole.PHONE);
        assertThat(SnmpValues.text(new OctetString("\"FSOS software\u0007\""))).hasValue("FSOS software");
        assertThat(ArpTable.address(new int[] {5, 192, 168, 0, 254}, 1, 4)).hasValue("192.168.0.254");
        assertThat(ArpTable.address(new int[] {5, 0, 0, 0, 0}, 1, 4)).isEmpty();
    }

    @Test
    void randomValuesAndIndexesNeverThrow() {
        Random random = new Random(20260301);
        int inputs = FuzzBudget.inputs(200_000);
        long began = System.nanoTime();
        for (int i = 0; i < inputs; i++) {
            Variable v = randomVariable(random);
            SnmpValues.mac(v);
            SnmpValues.text(v).ifPresent(t -> assertThat(t).doesNotContain("\u0000").isNotBlank());
            SnmpValues.integer(v);
            SnmpValues.chassisId(random.nextInt(9), v).ifPresent(id -> assertThat(id).isNotEmpty());
            Set<NeighbourRole> roles = SnmpValues.lldpRoles(v);
            SnmpValues.cdpRoles(v, randomText(random));
            SnmpValues.chassisId(4, v).map(id -> new Neighbour("lldp", roles, Set.of(id)))
                    .ifPresent(n -> assertThat(Neighbour.parseAll(Neighbour.encodeAll(java.util.List.of(n))))
                            .containsExactly(n));
            int[] index = new int[random.nextInt(12)];
            for (int j = 0; j < index.length; j++) {
                index[j] = random.nextInt(10) == 0 ? random.nextInt() : random.nextInt(300);
            }
            int start = SnmpValues.macStart(index, random.nextInt(3));
            SnmpValues.macInIndex(index, start);
            SnmpValues.macInIndex(index, random.nextInt(14) - 2);
            ArpTable.address(index, random.nextInt(4), random.nextInt(20));
            SnmpValues.index(new OID(index.length == 0 ? new int[] {1} : index), SnmpOids.DOT1D_FDB_PORT);
        }
        FuzzBudget.report("SNMP value decoder", 20260301, inputs, "none threw", began);
    }

    private static Variable randomVariable(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> new Integer32(random.nextInt());
            case 1 -> new Gauge32(random.nextLong(0, 0xFFFF_FFFFL));
            case 2 -> new Counter64(random.nextLong());
            case 3 -> new Null();
            case 4 -> new IpAddress(new byte[] {(byte) random.nextInt(), 1, 2, 3});
            case 5 -> new OctetString(randomText(random));
            default -> {
                byte[] b = new byte[random.nextInt(30)];
                random.nextBytes(b);
                yield random.nextBoolean() ? new OctetString(b) : new OctetString(HexFormat.of().formatHex(b));
            }
        };
    }

    private static String randomText(Random random) {
        String alphabet = "0123456789abcdefABCDEF :.-\"\u0000\n\u00e9<private>";
        char[] c = new char[random.nextInt(40)];
        for (int i = 0; i < c.length; i++) {
            c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(c);
    }
}
