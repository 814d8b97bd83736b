package org.netboxauto.discovery.proxmox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netboxauto.testsupport.FuzzBudget;
import org.netboxauto.testsupport.TextMutations;

/** Mutated Proxmox JSON (guest-agent and LXC interface lists, resource items) into the readers: nothing throws. */
class ProxmoxJsonFuzzTest {

    private static final long SEED = 0x5EED_9A0EL;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SEEDS = {
        "{\"result\":[{\"name\":\"eth0\",\"hardware-address\":\"bc:24:11:5e:2a:01\",\"ip-addresses\":"
            + "[{\"ip-address\":\"10.20.0.31\",\"ip-address-type\":\"ipv4\",\"prefix\":24},"
            + "{\"ip-address\":\"fe80::1\",\"ip-address-type\":\"ipv6\",\"prefix\":64}]},"
            + "{\"name\":\"lo\",\"hardware-address\":\"00:00:00:00:00:00\",\"ip-addresses\":[]}]}",
        "[{\"name\":\"eth0\",\"hwaddr\":\"BC:24:11:9A:7C:02\",\"inet\":\"10.20.0.53/24\",\"inet6\":\"fe80::be24/64\"}]",
        "{\"vmid\":100,\"type\":\"qemu\",\"node\":\"pve1\",\"name\":\"web01\",\"status\":\"running\"}",
        "{\"vmid\":\"101\",\"type\":\"lxc\",\"node\":\"pve2\",\"template\":1}"};
    private static final String ALPHABET = "{}[]\":,0123456789abcdef.-:/ eEnulltrufas\\\u0000\u001b\u00e9";

    @Test
    void mutatedRepliesNeverThrow() {
        int inputs = FuzzBudget.inputs(40_000);
        SplittableRandom random = new SplittableRandom(SEED);
        long start = System.nanoTime();
        int parsed = 0;
        for (int i = 0; i < inputs; i++) {
            String text = TextMutations.mutate(SEEDS[random.nextInt(SEEDS.length)], random, ALPHABET);
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (IOException e) {
                continue;
            }
            if (node == null) {
                continue;
            }
            parsed++;
            try {
                GuestAddresses.fromAgent(node);
                GuestAddresses.fromAgent(node.path("result"));
                GuestAddresses.fromLxc(node);
                GuestRef.of(node);
                Json.integer(node.path("vmid"));
                Json.text(node, "name");
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + SEED + " input #" + i + " " + text + " threw " + e, e);
            }
        }
        FuzzBudget.report("Proxmox JSON readers", SEED, inputs, parsed + " parsed as JSON", start);
        org.assertj.core.api.Assertions.assertThat(parsed).isGreaterThan(inputs / 10);
    }
}
