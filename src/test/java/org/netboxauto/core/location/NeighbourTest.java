package org.netboxauto.core.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeighbourTest {

    @Test
    void encodedNeighboursReadBackWhateverTheirNamesHoldOrNot() {
        Neighbour odd = new Neighbour("lldp", Set.of(NeighbourRole.PHONE, NeighbourRole.BRIDGE),
                Set.of("SEP00; roles=x ids=y+z", "  Polycom SoundPoint IP 335 ", "00:04:f2:c6:70:78"));
        Neighbour plain = new Neighbour("cdp", Set.of(), Set.of("acme-fr-s-001"));

        List<Neighbour> back = Neighbour.parseAll(Neighbour.encodeAll(List.of(odd, plain)));

        assertThat(back).containsExactly(odd, plain);
        assertThat(odd.ids()).allSatisfy(id -> assertThat(id).doesNotContain(";", " ", "+", ","));
        assertThat(odd.forwards()).isFalse();
    }

    @Test
    void randomTextNeverBreaksTheParser() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            char[] c = new char[random.nextInt(60)];
            for (int j = 0; j < c.length; j++) {
                c[j] = "lldp cdp roles= ids=+;bridge phone x\u0000\u00e9".charAt(random.nextInt(38));
            }
            for (Neighbour n : Neighbour.parseAll(new String(c))) {
                assertThat(Neighbour.parseAll(Neighbour.encodeAll(List.of(n)))).containsExactly(n);
            }
        }
    }
}
