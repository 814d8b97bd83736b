package org.netboxauto.discovery.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.MacAddress;

/** Every net[n] form of PROXMOX.md §4.6 and §4.8, and the errors for broken ones. */
class NetConfigParserTest {

    @Test
    void readsEveryQemuForm() {
        assertThat(NetConfigParser.qemu("net0", "virtio=BC:24:11:5E:2A:01,bridge=vmbr0,firewall=1,tag=20"))
                .isEqualTo(new NetConfig("net0", "virtio", Optional.of(MacAddress.of("bc:24:11:5e:2a:01")),
                        Optional.of("vmbr0"), List.of(), Optional.of(20)));
        assertThat(NetConfigParser.qemu("net1", "e1000=BC:24:11:5E:2A:02,bridge=vmbr1").vlan()).isEmpty();
        assertThat(NetConfigParser.qemu("net1", "e1000=BC:24:11:5E:2A:02,bridge=vmbr1").mac())
                .contains(MacAddress.of("bc:24:11:5e:2a:02"));
        assertThat(NetConfigParser.qemu("net2", "rtl8139=52:54:00:12:34:56,bridge=vmbr0,link_down=1").device())
                .isEqualTo("rtl8139");
        assertThat(NetConfigParser.qemu("net3", "vmxnet3=BC:24:11:2C:69:EC,bridge=vnet0,firewall=1").bridge())
                .contains("vnet0");
        NetConfig macaddr = NetConfigParser.qemu("net4",
                "model=virtio,macaddr=BC:24:11:5E:2A:05,bridge=vmbr0,queues=4,mtu=1,trunks=10;20;30-40");
        assertThat(macaddr.device()).isEqualTo("virtio");
        assertThat(macaddr.mac()).contains(MacAddress.of("bc:24:11:5e:2a:05"));
        assertThat(NetConfigParser.qemu("net5", "virtio,bridge=vmbr0").mac()).isEmpty();
        assertThat(NetConfigParser.qemu("net6", "bridge=vmbr0,e1000e=BC:24:11:00:00:07").device()).isEqualTo("e1000e");
        assertThat(NetConfigParser.qemu("net7", "virtio=BC:24:11:00:00:08").bridge()).isEmpty();
    }

    @Test
    void readsEveryLxcForm() {
        NetConfig eth0 = NetConfigParser.lxc("net0",
                "name=eth0,bridge=vmbr0,firewall=1,gw=10.20.0.1,hwaddr=BC:24:11:9A:7C:02,ip=10.20.0.53/24,tag=20,type=veth");
        assertThat(eth0).isEqualTo(new NetConfig("net0", "eth0", Optional.of(MacAddress.of("bc:24:11:9a:7c:02")),
                Optional.of("vmbr0"), List.of("10.20.0.53"), Optional.of(20)));
        assertThat(NetConfigParser.lxc("net1", "name=eth1,bridge=vmbr1,hwaddr=BC:24:11:9A:7C:03,ip=dhcp,ip6=auto,type=veth")
                .staticIps()).isEmpty();
        NetConfig anyOrder = NetConfigParser.lxc("net2",
                "bridge=vmbr0,hwaddr=12:34:56:78:90:12,ip=dhcp,ip6=2001:db8::5/64,name=eth2,type=veth");
        assertThat(anyOrder.device()).isEqualTo("eth2");
        assertThat(anyOrder.staticIps()).containsExactly("2001:db8::5");
        assertThat(NetConfigParser.lxc("net3", "name=eth3,bridge=vmbr0,ip=manual").mac()).isEmpty();
    }

    @Test
    void readsCloudInitAddresses() {
        assertThat(NetConfigParser.cloudInit("ipconfig0", "ip=10.20.0.31/24,gw=10.20.0.1")).containsExactly("10.20.0.31");
        assertThat(NetConfigParser.cloudInit("ipconfig1", "ip=dhcp,ip6=2001:db8::9/64,gw6=2001:db8::1"))
                .containsExactly("2001:db8::9");
        assertThat(NetConfigParser.cloudInit("ipconfig2", "ip6=auto")).isEmpty();
        assertBad(() -> NetConfigParser.cloudInit("ipconfig0", "ip=10.20.0.31"), "ipconfig0", "ADDRESS/PREFIX");
    }

    @Test
    void brokenValuesGiveAClearError() {
        assertBad(() -> NetConfigParser.qemu("net0", ""), "net0", "empty value");
        assertBad(() -> NetConfigParser.qemu("net0", "virtio=ZZ:24:11:5E:2A:01"), "ZZ:24:11:5E:2A:01",
                "not a unicast MAC");
        assertBad(() -> NetConfigParser.qemu("net1", "bridge=vmbr0"), "net1", "no NIC model");
        assertBad(() -> NetConfigParser.qemu("net0", "model=tulip,bridge=vmbr0"), "tulip", "unknown NIC model");
        assertBad(() -> NetConfigParser.qemu("net0", "virtio=BC:24:11:5E:2A:01,macaddr=BC:24:11:5E:2A:02"),
                "net0", "more than one MAC");
        assertBad(() -> NetConfigParser.qemu("net0", "virtio,,bridge=vmbr0"), "net0", "empty item");
        assertBad(() -> NetConfigParser.lxc("net0", "bridge=vmbr0,hwaddr=BC:24:11:9A:7C:02"), "net0", "no interface name");
        assertBad(() -> NetConfigParser.lxc("net0", "name=eth0,ip=10.0.0.300/24"), "10.0.0.300/24", "ADDRESS/PREFIX");
        assertBad(() -> NetConfigParser.lxc("net0", "name=eth0,ip=10.0.0.3/33"), "10.0.0.3/33", "longer than 32");
        assertBad(() -> NetConfigParser.lxc("net0", "name=eth0,name=eth1"), "net0", "appears twice");
        assertBad(() -> NetConfigParser.lxc("net0", "name=eth0,hwaddr=01:00:5E:00:00:01"), "01:00:5E", "unicast");
        assertBad(() -> NetConfigParser.qemu("net0", "virtio,bridge=vmbr0,tag=4095"), "4095", "from 1 to 4094");
        assertBad(() -> NetConfigParser.lxc("net0", "name=eth0,tag=ten"), "ten", "from 1 to 4094");
    }

    @Test
    void controlCharactersAreEscapedInMessages() {
        assertThatThrownBy(() -> NetConfigParser.lxc("net0", "name=eth0,ip=\u001b[31m"))
                .hasMessageContaining("\\x1B[31m")
                .hasMessageNotContaining("\u001b");
    }

    private static void assertBad(Runnable parse, String... parts) {
        assertThatThrownBy(parse::run).isInstanceOf(NetConfigException.class)
                .hasMessageContainingAll(parts)
                .hasMessageContaining("net[n] syntax");
    }
}
