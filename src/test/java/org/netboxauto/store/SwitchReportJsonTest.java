package org.netboxauto.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.netboxauto.core.topology.SwitchPort;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.core.topology.TopologyLab;

/** A stored report reads back whole, ports included; one stored before ports were kept reads with none. */
class SwitchReportJsonTest {

    @Test
    void aReportReadsBackWithItsPortsAndTheirLinkState() {
        SwitchReport report = TopologyLab.report(2, 12);

        SwitchReport back = SwitchReportJson.parse(SwitchReportJson.of(report));

        assertThat(back).isEqualTo(report);
        assertThat(back.ports()).contains(new SwitchPort("Gi1/0/24", true), new SwitchPort("Gi1/0/22", false));
    }

    @Test
    void aReportStoredWithoutPortsReadsWithNone() {
        String before = """
                {"switch":"sw1","config-key":"sources.snmp[0]","serials":["S1"],"management-ips":[],
                 "chassis-ids":["00:1b:00:00:00:01"],"links":[{"local-port":"ether1","protocol":"lldp",
                 "remote-ids":["sw2"],"forwards":true}],"lag-of":{}}
                """;

        SwitchReport read = SwitchReportJson.parse(before);

        assertThat(read.ports()).isEmpty();
        assertThat(read.links()).hasSize(1);
    }
}
