package org.netboxauto.discovery.dnsmasq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.MacAddress;

/** The lease file's odd lines, as dnsmasq's lease.c writes them. */
class DnsmasqLeaseParserTest {

    private static List<DnsmasqLease> parse(String text) throws DnsmasqLeaseParser.Malformed {
        return DnsmasqLeaseParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNonEthernetHardwareAddressAndAnInfiniteLeaseParseWithoutAMac() throws Exception {
        List<DnsmasqLease> leases = parse("0 20-00:01:02:03 10.0.0.5 ib-host *\n0 00- 10.0.0.6 * *\n");
        assertThat(leases).hasSize(2).allSatisfy(l -> assertThat(l.mac()).isEmpty());
        assertThat(leases.getFirst().expiry()).isZero();
        assertThat(leases.getFirst().name()).hasValue("ib-host");
    }

    @Test
    void v6LinesTakeTheMacFromADuidLlOrLltOnly() throws Exception {
        List<DnsmasqLease> leases = parse("""
                duid 00:01:00:01:32:a2:f7:f9:72:29:05:1e:a2:57
                100 T7 fd00::5 * 00:03:00:01:02:33:00:00:00:04
                100 9 fd00::6 * 00:02:00:00:ab:11:01:02:03:04
                """);
        assertThat(leases.get(0).mac()).hasValue(MacAddress.of("02:33:00:00:00:04"));
        assertThat(leases.get(0).v6()).isTrue();
        assertThat(leases.get(0).temporary()).as("IAID T7: a temporary address").isTrue();
        assertThat(leases.get(1).temporary()).isFalse();
        assertThat(leases.get(1).mac()).as("DUID-EN carries no MAC").isEmpty();
    }

    @Test
    void theWrongFamilyOnEitherSideOfTheDuidLineIsRefused() {
        assertThatThrownBy(() -> parse("100 02:00:00:00:00:01 fd00::1 * *\n"))
                .hasMessageContaining("line 1").hasMessageContaining("IPv6 address before the duid line");
        assertThatThrownBy(() -> parse("duid 00:01\n100 5 10.0.0.1 * *\n"))
                .hasMessageContaining("line 2").hasMessageContaining("IPv4 address after the duid line");
    }

    @Test
    void anEmptyFileIsNoLeases() throws Exception {
        assertThat(parse("")).isEmpty();
    }
}
