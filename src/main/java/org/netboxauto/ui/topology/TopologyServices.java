package org.netboxauto.ui.topology;

import java.util.List;
import org.netboxauto.core.topology.SwitchReport;
import org.netboxauto.service.HostEntry;

/** What the Topology tab needs from the application; called off the FX thread. */
public interface TopologyServices {

    /** The last report of each configured switch source; none before a discovery run read one. */
    default List<SwitchReport> switchReports() {
        return List.of();
    }

    /** Every host with its port location, as the Review tab lists them. */
    List<HostEntry> reviewHosts();
}
