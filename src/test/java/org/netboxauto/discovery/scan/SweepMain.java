package org.netboxauto.discovery.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Observation;

/**
 * Runs one unprivileged sweep and prints "IP MAC METHOD" per host, for a child JVM started inside a
 * lab's scanner namespace. Arguments: subnet, interface, methods (comma-separated).
 */
public final class SweepMain {

    private SweepMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Method> methods = Arrays.stream(args[2].split(",")).map(m -> Method.valueOf(m.toUpperCase(Locale.ROOT))).toList();
        ScanConfig config = new ScanConfig(true, List.of(Cidr.parse(args[0])), List.of(), methods, List.of(22),
                2000, 2, Duration.ofMillis(300), Optional.of(args[1]), 16, false);
        ScanContext context = new ScanContext();
        List<Observation> found = new ScanCollector(config, "sources.scan", () -> Optional.of("unprivileged run"),
                Path.of("/proc/net/arp")).collect(context);
        context.progressLines().forEach(l -> System.out.println("progress " + l));
        for (Observation o : found) {
            System.out.println(o.ips().getFirst() + " " + o.mac() + " " + o.evidence().get(ScanCollector.METHOD));
        }
    }
}
