package org.netboxauto.discovery.kea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netboxauto.core.PeerText;
import org.netboxauto.testsupport.FuzzBudget;
import org.netboxauto.testsupport.TextMutations;

/**
 * Mutated Control Agent answers (as real Kea 2.2 sends them) into the decoder and the lease and config readers:
 * every answer decodes or is Malformed with a clean message, and every lease maps or is counted, never a throw.
 */
class KeaAnswerFuzzTest {

    private static final long SEED = 0x4EA_A115L;
    private static final String[] SEEDS = {
        "[ { \"arguments\": { \"count\": 1, \"leases\": [ { \"client-id\": \"01:02:00:00:00:00:01\", \"cltt\": 1796225509,"
            + " \"fqdn-fwd\": false, \"fqdn-rev\": false, \"hostname\": \"pc1\", \"hw-address\": \"02:00:00:00:00:01\","
            + " \"ip-address\": \"10.77.0.101\", \"state\": 0, \"subnet-id\": 7, \"valid-lft\": 7200 } ] },"
            + " \"result\": 0, \"text\": \"1 IPv4 lease(s) found.\" } ]",
        "[ { \"arguments\": { \"count\": 2, \"leases\": [ { \"cltt\": 1796225528, \"duid\":"
            + " \"00:01:00:01:2a:3b:4c:5d:02:00:00:00:00:06\", \"fqdn-fwd\": false, \"fqdn-rev\": false, \"hostname\":"
            + " \"pc6\", \"iaid\": 1234, \"ip-address\": \"fd77::101\", \"preferred-lft\": 7200, \"state\": 0,"
            + " \"subnet-id\": 8, \"type\": \"IA_NA\", \"valid-lft\": 7200 } ] }, \"result\": 0, \"text\": \"x\" } ]",
        "[ { \"result\": 2, \"text\": \"'reservation-get-all' command not supported.\" } ]",
        "[ { \"arguments\": { \"Dhcp4\": { \"subnet4\": [ { \"id\": 7, \"subnet\": \"10.77.0.0/24\", \"reservations\":"
            + " [ { \"hw-address\": \"02:00:00:00:00:99\", \"ip-address\": \"10.77.0.9\", \"hostname\": \"printer\" } ] } ],"
            + " \"shared-networks\": [ ] } }, \"result\": 0 } ]",
        "{ \"result\": 401, \"text\": \"Unauthorized\" }"};
    private static final String ALPHABET = "{}[]\":,0123456789abcdef.-:/ eEnulltrufas\\\u0000\u001b\u00e9";

    @Test
    void mutatedAnswersDecodeOrAreMalformedNeverThrow() {
        int inputs = FuzzBudget.inputs(20_000);
        SplittableRandom random = new SplittableRandom(SEED);
        long start = System.nanoTime();
        int decoded = 0;
        for (int i = 0; i < inputs; i++) {
            String text = TextMutations.mutate(SEEDS[random.nextInt(SEEDS.length)], random, ALPHABET);
            try {
                List<KeaAnswer> answers = KeaAnswer.decode(text.getBytes(StandardCharsets.UTF_8));
                decoded++;
                for (KeaAnswer a : answers) {
                    if (PeerText.isUnsafe(a.text())) {
                        throw new AssertionError("seed " + SEED + " input #" + i + ": unsafe text " + a.text());
                    }
                    KeaSubnets subnets = new KeaSubnets();
                    subnets.add(a.arguments(), false);
                    subnets.add(a.arguments(), true);
                    KeaLeases leases = new KeaLeases("kea:fuzz", Instant.ofEpochSecond(1796225600L), subnets, List.of());
                    for (var lease : a.arguments().path("leases")) {
                        leases.lease(lease, false);
                        leases.lease(lease, true);
                    }
                    for (KeaSubnets.Reservation r : subnets.reservations()) {
                        leases.reservation(r.host(), r.v6(), r.subnetId());
                    }
                }
            } catch (KeaAnswer.Malformed e) {
                if (PeerText.isUnsafe(e.getMessage())) {
                    throw new AssertionError("seed " + SEED + " input #" + i + ": " + e.getMessage());
                }
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + SEED + " input #" + i + " " + text + " threw " + e, e);
            }
        }
        FuzzBudget.report("Kea answer decoder", SEED, inputs, decoded + " decoded", start);
        assertThat(decoded).isGreaterThan(inputs / 10);
    }
}
