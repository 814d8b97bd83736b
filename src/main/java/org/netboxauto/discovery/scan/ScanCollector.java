package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Evidence;
import org.netboxauto.core.MacAddress;
import org.netboxauto.core.Observation;
import org.netboxauto.core.SourceIds;
import org.netboxauto.core.SourceKind;
import org.netboxauto.discovery.Collector;
import org.netboxauto.discovery.CollectorContext;
import org.netboxauto.discovery.CollectorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps the configured subnets: ARP where attached and privileged, otherwise ICMP echo and TCP connects;
 * IPv6 prefixes through their link ({@link Ipv6Sweep}).
 */
public final class ScanCollector implements Collector {

    /** Evidence key: arp, icmp or tcp; for IPv6 ndp (neighbour discovery, privileged), icmp6 or tcp. */
    public static final String METHOD = "method";
    /** Evidence key: round-trip time of the answered probe in milliseconds. */
    public static final String RTT_MS = "rtt-ms";

    private static final Logger LOG = LoggerFactory.getLogger(ScanCollector.class);
    private static final int MAX_OPEN_SOCKETS = 512;

    private final ScanConfig config;
    private final String configKey;
    private final RawAccess raw;
    private final Path neighbours;

    public ScanCollector(ScanConfig config, String configKey) {
        this(config, configKey, RawAccess.SYSTEM, Path.of("/proc/net/arp"));
        if (config.enabled() && config.methods().contains(Method.ARP)) {
            RawAccess.warmUp();
        }
    }

    ScanCollector(ScanConfig config, String configKey, RawAccess raw, Path neighbours) {
        this.config = config;
        this.configKey = configKey;
        this.raw = raw;
        this.neighbours = neighbours;
    }

    @Override
    public String sourceId() {
        return SourceIds.of(SourceKind.SCAN, "");
    }

    @Override
    public String configKey() {
        return configKey;
    }

    /** Long enough for every try at the lowest rate the sweep backs off to, plus the waits, with room to spare. */
    @Override
    public Duration timeout() {
        long addresses = config.subnets().stream().mapToLong(this::probedAddresses).sum();
        long ipv6 = config.subnets().stream().filter(c -> !c.isIpv4()).count();
        long packets = addresses * (config.retries() + 1L) * Math.max(1, config.tcpPorts().size() + 1);
        Duration sending = Duration.ofMillis((long) (packets * 1000 / SendRate.floor(config.rate())));
        return sending.plus(config.timeout().multipliedBy((config.retries() + 2L) * (1 + 2 * ipv6))).multipliedBy(2)
                .plusSeconds(30);
    }

    /** IPv6 prefixes found through their link count as the few thousand addresses known there at most. */
    private long probedAddresses(Cidr c) {
        if (c.isIpv4()) {
            return 1L << (32 - c.prefixLength());
        }
        return c.prefixLength() >= config.maxPrefixV6() ? 1L << (128 - c.prefixLength()) : 4096;
    }

    @Override
    public List<Observation> collect(CollectorContext context) throws CollectorException, InterruptedException {
        List<Link> links = ScanPlan.systemLinks(configKey);
        ScanPlan plan = ScanPlan.of(config, configKey, raw, links);
        Ipv6Plan plan6 = Ipv6Plan.of(config, configKey, raw, links6());
        List<String> modes = new ArrayList<>(plan.mode().isEmpty() ? List.of() : List.of(plan.mode()));
        modes.addAll(plan6.modes());
        LOG.info("{}: mode: {}", sourceId(), String.join("; ", modes));
        context.progress("mode: " + String.join("; ", modes));
        List<ScanTargets> targets = new ArrayList<>();
        long total = 0;
        for (SweepGroup group : plan.groups()) {
            ScanTargets t = ScanTargets.of(group.subnets(), excluded(links));
            targets.add(t);
            total += t.size();
        }
        ScanProgress progress = new ScanProgress(context, total);
        Map<Integer, Answer> answers = new LinkedHashMap<>();
        for (int g = 0; g < plan.groups().size(); g++) {
            for (Answer a : sweep(plan.groups().get(g), targets.get(g), progress, context)) {
                answers.putIfAbsent(a.ip(), a);
            }
        }
        if (!plan.groups().isEmpty()) {
            progress.report();
        }
        List<Found> found = new ArrayList<>(ipv4(answers.values()));
        for (Ipv6Group group : plan6.groups()) {
            found.addAll(ipv6(group, context));
        }
        return observations(found, context);
    }

    /** An answer ready to become an observation: its address as text and the evidence beyond method and RTT. */
    private record Found(String ip, long mac, String method, double rttMillis, Map<String, String> more) {
    }

    private List<Found> ipv4(Iterable<Answer> answers) {
        Map<Integer, Long> table = null;
        List<Found> out = new ArrayList<>();
        for (Answer a : answers) {
            long bits = a.mac();
            if (bits < 0) {
                table = table == null ? NeighbourTable.read(neighbours) : table;
                bits = table.getOrDefault(a.ip(), -1L);
            }
            out.add(new Found(Ipv4.text(a.ip()), bits, a.method(), a.rttMillis(), Map.of()));
        }
        return out;
    }

    private List<Found> ipv6(Ipv6Group group, CollectorContext context) throws CollectorException,
            InterruptedException {
        Ipv6Sweep sweep = new Ipv6Sweep(group, config, configKey);
        List<Ipv6Answer> answers;
        try {
            answers = sweep.run(context::storedHosts, context);
        } catch (IOException e) {
            throw new CollectorException(configKey + ": the IPv6 sweep of " + group.prefix() + " failed: "
                    + e.getMessage(), e);
        }
        List<Found> out = new ArrayList<>();
        for (Ipv6Answer a : answers) {
            byte[] linkLocal = a.mac() < 0 ? null : sweep.linkLocal().get(a.mac());
            out.add(new Found(Ipv6.text(a.ip()), a.mac(), a.method(), a.rttMillis(),
                    linkLocal == null ? Map.of() : Map.of(Evidence.LINK_LOCAL, Ipv6.text(linkLocal))));
        }
        return out;
    }

    private List<Link6> links6() throws CollectorException {
        if (config.subnets().stream().allMatch(Cidr::isIpv4)) {
            return List.of();
        }
        try {
            return Links.all6();
        } catch (SocketException e) {
            throw new CollectorException(configKey + ": cannot list the network interfaces: " + e.getMessage(), e);
        }
    }

    private List<Ipv4Range> excluded(List<Link> links) {
        List<Ipv4Range> out = new ArrayList<>(config.exclude().stream().filter(Cidr::isIpv4).map(Ipv4Range::of)
                .toList());
        // this machine's own addresses are not hosts on the wire
        links.forEach(l -> out.add(new Ipv4Range(Ipv4.unsigned(l.ip()), 32)));
        return out;
    }

    private List<Answer> sweep(SweepGroup group, ScanTargets targets, ScanProgress progress,
                               CollectorContext context) throws CollectorException, InterruptedException {
        SweepSettings settings = new SweepSettings(config.rate(), config.retries(), config.timeout());
        List<Answer> out = new ArrayList<>();
        for (Prober prober : probers(group)) {
            try (prober) {
                out.addAll(new Sweep(targets, prober, settings, progress, context::cancelled).run());
            } catch (IOException e) {
                throw new CollectorException(configKey + ": the " + prober.method() + " sweep failed: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    private List<Prober> probers(SweepGroup group) throws CollectorException {
        try {
            if (group.arpLink().isPresent()) {
                return List.of(ArpProber.open(group.arpLink().get()));
            }
            List<Prober> probers = new ArrayList<>();
            if (config.methods().contains(Method.ICMP)) {
                IcmpProber.open(configKey).ifPresent(probers::add);
            }
            if (config.methods().contains(Method.TCP)) {
                probers.add(new TcpProber(config.tcpPorts(), MAX_OPEN_SOCKETS, config.timeout().toNanos()));
            }
            return probers;
        } catch (IOException e) {
            throw new CollectorException(configKey + ": cannot start probing: " + e.getMessage(), e);
        }
    }

    private List<Observation> observations(List<Found> answers, CollectorContext context) {
        List<Observation> out = new ArrayList<>();
        int withoutMac = 0;
        for (Found a : answers) {
            Optional<MacAddress> mac = a.mac() < 0 ? Optional.empty() : MacAddress.parse(macText(a.mac()));
            if (mac.isEmpty()) {
                withoutMac++;
                continue;
            }
            Map<String, String> evidence = new TreeMap<>(a.more());
            evidence.put(METHOD, a.method());
            evidence.put(RTT_MS, String.format(Locale.ROOT, "%.3f", a.rttMillis()));
            out.add(new Observation(sourceId(), context.now(), mac.get(), List.of(a.ip()), Optional.empty(),
                    Optional.empty(), Map.copyOf(evidence)));
        }
        if (withoutMac > 0) {
            LOG.info("{}: {} addresses answered but have no MAC in the neighbour table (not on a directly attached"
                    + " segment); they are not recorded", sourceId(), withoutMac);
        }
        context.progress(out.size() + " hosts found" + (withoutMac > 0 ? ", " + withoutMac + " more without a MAC"
                : ""));
        return out;
    }

    private static String macText(long bits) {
        return String.format(Locale.ROOT, "%012x", bits);
    }
}
