package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.Observation;

/** The forms a DHCPv6 binding's DUID and address take across RouterOS versions, and rows that name no MAC. */
class Dhcpv6BindingRowsTest {

    private final RowMapper mapper = new RowMapper("routeros:r", "r", TestContext.NOW);

    @Test
    void aDuidWithOrWithoutItsPrefixOrColonsAndABareAddressAllRead() {
        for (String duid : new String[] {"0x000300010050568880ee", "000300010050568880EE",
            "00:03:00:01:00:50:56:88:80:ee"}) {
            Optional<Observation> o = binding(Map.of("duid", duid, "address", "2001:db8:10:0:0:0:1:5",
                    "status", "bound"));
            assertThat(o).as(duid).hasValueSatisfying(b -> {
                assertThat(b.mac()).hasToString("00:50:56:88:80:ee");
                assertThat(b.ips()).containsExactly("2001:db8:10::1:5");
                assertThat(b.evidence()).containsEntry(Evidence.CLIENT_ID, "00:03:00:01:00:50:56:88:80:ee");
            });
        }
    }

    @Test
    void rowsThatNameNoMacOrNoUsableAddressGiveNothingOrNoIp() {
        assertThat(binding(Map.of("duid", "0x0002000000090c0d0e0f", "address", "2001:db8::5/128"))).isEmpty();
        assertThat(binding(Map.of("duid", "0xzz", "address", "2001:db8::5/128"))).isEmpty();
        assertThat(binding(Map.of("address", "2001:db8::5/128", "client-address", "fe80::250:56ff:fe88:80ee")))
                .hasValueSatisfying(b -> assertThat(b.ips()).containsExactly("2001:db8::5"));
        assertThat(binding(Map.of("duid", "0x000300010050568880ee", "address", "pool-name")))
                .hasValueSatisfying(b -> assertThat(b.ips()).isEmpty());
        assertThat(binding(Map.of("duid", "0x000300010050568880ee", "address", "10.0.0.5/32")))
                .as("not an IPv6 address").hasValueSatisfying(b -> assertThat(b.ips()).isEmpty());
    }

    private Optional<Observation> binding(Map<String, String> row) {
        return mapper.map(RouterOsTable.DHCPV6_BINDINGS, row);
    }
}
