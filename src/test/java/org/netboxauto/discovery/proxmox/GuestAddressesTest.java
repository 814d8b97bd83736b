package org.netboxauto.discovery.proxmox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.MacAddress;

/** Guest agent and LXC interface payloads in the shapes of PROXMOX.md §4.7 and §4.9, odd ones included. */
class GuestAddressesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void agentPayloadKeepsOnlyUsableAddressesPerMac() throws Exception {
        var data = JSON.readTree("""
                {"result":[
                 {"name":"lo","hardware-address":"00:00:00:00:00:00",
                  "ip-addresses":[{"ip-address-type":"ipv4","ip-address":"127.0.0.1","prefix":8}]},
                 {"name":"Ethernet","hardware-address":"bc:24:11:5e:2a:01",
                  "ip-addresses":[{"ip-address-type":"ipv4","ip-address":"10.20.0.31","prefix":24},
                                  {"ip-address-type":"ipv6","ip-address":"fe80::1%12","prefix":64},
                                  {"ip-address-type":"ipv4","ip-address":"169.254.3.4","prefix":16},
                                  {"ip-address-type":"ipv4","ip-address":{"x":1},"prefix":24},
                                  {"ip-address-type":"ipv4","ip-address":"not-an-ip","prefix":24}]},
                 {"name":"ens19"},
                 {"name":"cali1","hardware-address":"ee:ee:ee:ee:ee:ee"}]}""");
        var byMac = GuestAddresses.fromAgent(data);
        assertThat(byMac).containsOnlyKeys(MacAddress.of("bc:24:11:5e:2a:01"), MacAddress.of("ee:ee:ee:ee:ee:ee"));
        assertThat(byMac.get(MacAddress.of("bc:24:11:5e:2a:01"))).containsExactly("10.20.0.31", "fe80::1");
        assertThat(GuestAddresses.fromAgent(JSON.readTree("{\"result\":null}"))).isEmpty();
        assertThat(GuestAddresses.fromAgent(JSON.readTree("\"text\""))).isEmpty();
    }

    @Test
    void lxcPayloadNewAndLegacyShapesAndNull() throws Exception {
        var legacy = JSON.readTree("""
                [{"name":"eth0","hwaddr":"12:34:56:78:90:12","inet":"10.20.0.108/24","inet6":"2001:db8::108/64"}]""");
        assertThat(GuestAddresses.fromLxc(legacy).get(MacAddress.of("12:34:56:78:90:12")))
                .containsExactly("10.20.0.108", "2001:db8::108");
        assertThat(GuestAddresses.fromLxc(JSON.nullNode())).isEmpty();
    }

    @Test
    void agentOptionTruthiness() {
        assertThat(GuestReader.agentEnabled("1")).isTrue();
        assertThat(GuestReader.agentEnabled("enabled=1")).isTrue();
        assertThat(GuestReader.agentEnabled("1,fstrim_cloned_disks=1")).isTrue();
        assertThat(GuestReader.agentEnabled("fstrim_cloned_disks=1,enabled=1")).isTrue();
        assertThat(GuestReader.agentEnabled("0,fstrim_cloned_disks=1")).isFalse();
        assertThat(GuestReader.agentEnabled("0")).isFalse();
        assertThat(GuestReader.agentEnabled("type=isa")).isFalse();
    }
}
