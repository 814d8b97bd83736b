package org.netboxauto.discovery.proxmox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.testsupport.FuzzBudget;

/** Mutated net[n] values: the parser returns a result or its own clear exception, nothing else. */
class NetConfigFuzzTest {

    private static final long SEED = 0x5EED_8006L;
    private static final int CASES = FuzzBudget.inputs(120_000);
    private static final List<String> SEEDS = List.of(
            "virtio=BC:24:11:5E:2A:01,bridge=vmbr0,firewall=1,tag=20",
            "e1000=BC:24:11:5E:2A:02,bridge=vmbr1",
            "rtl8139=52:54:00:12:34:56,bridge=vmbr0,link_down=1",
            "model=virtio,macaddr=BC:24:11:5E:2A:05,bridge=vmbr0,queues=4,mtu=1,trunks=10;20;30-40",
            "virtio,bridge=vmbr0",
            "name=eth0,bridge=vmbr0,firewall=1,gw=10.20.0.1,hwaddr=BC:24:11:9A:7C:02,ip=10.20.0.53/24,tag=20,type=veth",
            "name=eth1,bridge=vmbr1,hwaddr=BC:24:11:9A:7C:03,ip=dhcp,ip6=fe80::1/64,type=veth",
            "ip=10.20.0.31/24,gw=10.20.0.1",
            "ip=dhcp,ip6=2001:db8::9/64,gw6=2001:db8::1");
    private static final String ALPHABET = "=,:;/.-_ 0123456789abcdefABCDEFxyz%\u0000\u001b\u00e9\uffff\ud83d\ude00";

    @Test
    void onlyResultsOrNetConfigExceptions() {
        SplittableRandom random = new SplittableRandom(SEED);
        int parsed = 0;
        int rejected = 0;
        long start = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            String input = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            try {
                switch (i % 3) {
                    case 0 -> check(NetConfigParser.qemu("net0", input), i, input);
                    case 1 -> check(NetConfigParser.lxc("net0", input), i, input);
                    default -> {
                        for (String ip : NetConfigParser.cloudInit("net0", input)) {
                            check(ip, i, input);
                        }
                    }
                }
                parsed++;
            } catch (NetConfigException e) {
                if (!e.getMessage().startsWith("net0 \"") || !e.getMessage().contains("net[n] syntax")) {
                    fail("case " + i + " input \"" + input + "\" gave an unclear message: " + e.getMessage());
                }
                rejected++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + SEED + " case " + i + " input \"" + input + "\" threw " + e, e);
            }
        }
        FuzzBudget.report("Proxmox net[n] parser", SEED, CASES, parsed + " parsed, " + rejected + " rejected", start);
        assertThat(parsed).as("mutations keep some inputs valid").isGreaterThan(CASES / 50);
        assertThat(rejected).as("mutations break most inputs").isGreaterThan(CASES / 5);
    }

    private static void check(NetConfig nic, int i, String input) {
        if (!nic.slot().equals("net0") || nic.device().isEmpty()) {
            fail("case " + i + " input \"" + input + "\" gave " + nic);
        }
        for (String ip : nic.staticIps()) {
            check(ip, i, input);
        }
    }

    private static void check(String ip, int i, String input) {
        if (!IpLiterals.isLiteral(ip) || !ip.equals(IpLiterals.canonical(IpLiterals.parse(ip)))) {
            fail("case " + i + " input \"" + input + "\" gave the address " + ip);
        }
    }

    private static String mutate(String seed, SplittableRandom random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> {
                    if (!s.isEmpty()) {
                        s.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (!s.isEmpty()) {
                        s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
                case 3 -> s.setLength(at);
                case 4 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(20))));
                default -> s.insert(at, random.nextBoolean() ? ",ip=" : ",hwaddr=");
            }
        }
        return s.toString();
    }
}
