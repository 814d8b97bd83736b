package org.netboxauto.service;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerTables;
import org.netboxauto.discovery.routeros.peer.PeerVersion;

/** The RouterOS peer's fixtures plus {@code system/resource} as a RouterOS 7.18 router prints it. */
public final class RouterWithVersion {

    public static final String VERSION = "7.18.2 (stable)";

    private RouterWithVersion() {
    }

    public static PeerOptions options() {
        Map<String, List<Map<String, byte[]>>> tables = new LinkedHashMap<>(PeerTables.fixtures().byMenu());
        Map<String, byte[]> resource = new LinkedHashMap<>();
        for (String[] p : new String[][] {{"uptime", "3d4h12m"}, {"version", VERSION}, {"build-time",
            "2025-03-11 11:59:04"}, {"free-memory", "851968000"}, {"cpu", "ARM64"}, {"board-name", "RB5009UG+S+"},
            {"architecture-name", "arm64"}, {"platform", "MikroTik"}}) {
            resource.put(p[0], p[1].getBytes(StandardCharsets.UTF_8));
        }
        tables.put("system/resource", List.of(resource));
        return PeerOptions.of(PeerVersion.V7_18).with(new PeerTables(tables));
    }
}
