package org.netboxauto.discovery.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.netboxauto.config.ScanConfig;
import org.netboxauto.config.ScanConfig.Method;
import org.netboxauto.core.Cidr;
import org.netboxauto.core.Host;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.discovery.CollectorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the hosts of one IPv6 prefix: every node of the link is asked at once (echo to ff02::1,
 * plain and behind an unknown destination option), then the addresses known from elsewhere are
 * probed one by one through {@link Sweep} — the kernel's neighbour table, the addresses stored
 * hosts had in the prefix, the EUI-64 address of every MAC known — and every address of the prefix
 * when it is no wider than {@code max-prefix-v6}. Answers without a MAC take it from the neighbour table.
 */
final class Ipv6Sweep {

    private static final Logger LOG = LoggerFactory.getLogger(Ipv6Sweep.class);
    private static final int MAX_OPEN_SOCKETS = 512;

    private final Ipv6Group group;
    private final ScanConfig config;
    private final String key;
    private final byte[] network;
    private final Map<ByteBuffer, Ipv6Answer> found = new LinkedHashMap<>();
    private final Map<Long, byte[]> linkLocal = new LinkedHashMap<>();
    private final Set<ByteBuffer> own = new HashSet<>();

    Ipv6Sweep(Ipv6Group group, ScanConfig config, String key) {
        this.group = group;
        this.config = config;
        this.key = key;
        this.network = group.prefix().network().getAddress();
        group.link().ifPresent(l -> l.addresses().forEach(a -> own.add(ByteBuffer.wrap(a.ip()))));
    }

    /** The link-local address each MAC answered from, kept as evidence. */
    Map<Long, byte[]> linkLocal() {
        return linkLocal;
    }

    List<Ipv6Answer> run(Supplier<List<Host>> stored, CollectorContext context)
            throws IOException, InterruptedException {
        SweepSettings settings = new SweepSettings(config.rate(), config.retries(), config.timeout());
        Optional<Ipv6Prober> prober = open();
        try {
            if (prober.isPresent() && !group.byAddress()) {
                new AllNodesRounds(prober.get(), settings, context::cancelled).run(this::heard);
                context.progress(Ipv6.text(group.prefix()) + ": " + found.size() + " addresses answered on "
                        + group.link().get().name() + " to all nodes");
            }
            Ipv6Targets targets = new Ipv6Targets(candidates(stored));
            ScanProgress progress = new ScanProgress(context, targets.size());
            if (prober.isPresent()) {
                sweep(targets, new TargetedProber(prober.get(), targets, (ip, mac, t) -> heard(ip, mac, t, -1)),
                        settings, progress, context);
            }
            if (!group.privileged() && config.methods().contains(Method.TCP)) {
                Ipv6Targets silent = new Ipv6Targets(unanswered(targets));
                sweep(silent, new TcpProber(config.tcpPorts(), MAX_OPEN_SOCKETS, config.timeout().toNanos(),
                        k -> Ipv6.address(silent.address(k))), settings, progress, context);
            }
            progress.report();
        } finally {
            prober.ifPresent(Ipv6Prober::close);
        }
        return withMacs();
    }

    private Optional<Ipv6Prober> open() throws IOException {
        if (group.privileged()) {
            return Optional.of(NdpProber.open(group.link().get(), group.source().get()));
        }
        if (!config.methods().contains(Method.ICMP)) {
            return Optional.empty();
        }
        return Ping6Prober.open(key, group.link(), group.source());
    }

    private void sweep(Ipv6Targets targets, Prober prober, SweepSettings settings, ScanProgress progress,
                       CollectorContext context) throws IOException, InterruptedException {
        try (prober) {
            for (Answer a : new Sweep(targets, prober, settings, progress, context::cancelled).run()) {
                byte[] ip = targets.address(a.ip());
                found.putIfAbsent(ByteBuffer.wrap(ip), new Ipv6Answer(ip, a.mac(), a.method(), a.rttMillis()));
            }
        }
    }

    /** Records an answer from the link; true when it is an address of the prefix not heard before. */
    private boolean heard(byte[] ip, long mac, long receivedNanos, double rttMillis) {
        if (Ipv6.isLinkLocal(ip)) {
            if (mac >= 0) {
                linkLocal.putIfAbsent(mac, ip);
            }
            return false;
        }
        if (!isTarget(ip)) {
            return false;
        }
        String method = group.privileged() ? "ndp" : "icmp6";
        return found.putIfAbsent(ByteBuffer.wrap(ip), new Ipv6Answer(ip, mac, method, Math.max(0, rttMillis)))
                == null;
    }

    private boolean isTarget(byte[] ip) {
        if (!Ipv6.inPrefix(ip, network, group.prefix().prefixLength()) || own.contains(ByteBuffer.wrap(ip))) {
            return false;
        }
        var address = Ipv6.address(ip);
        return config.exclude().stream().noneMatch(c -> c.contains(address));
    }

    /** Addresses worth a probe of their own, without those that answered already. */
    private List<byte[]> candidates(Supplier<List<Host>> stored) {
        Set<ByteBuffer> out = new LinkedHashSet<>();
        Set<Long> macs = new LinkedHashSet<>();
        found.values().forEach(a -> macs.add(a.mac()));
        group.link().ifPresent(l -> Ipv6NeighbourTable.read(l.name()).forEach((ip, mac) -> {
            out.add(ip);
            macs.add(mac);
        }));
        for (Host host : stored.get()) {
            host.macs().forEach(m -> macs.add(m.bits()));
            for (String text : host.ipValues()) {
                if (text.contains(":") && IpLiterals.isLiteral(text)) {
                    out.add(ByteBuffer.wrap(IpLiterals.parse(text).getAddress()));
                }
            }
        }
        if (group.prefix().prefixLength() <= 64) {
            macs.stream().filter(m -> m >= 0).forEach(m -> out.add(ByteBuffer.wrap(Ipv6.eui64(network, m))));
        }
        if (group.byAddress()) {
            out.addAll(everyAddress(group.prefix()));
        }
        List<byte[]> list = new ArrayList<>();
        for (ByteBuffer b : out) {
            byte[] ip = b.array();
            if (isTarget(ip) && !found.containsKey(b)) {
                list.add(ip);
            }
        }
        return list;
    }

    private List<byte[]> unanswered(Ipv6Targets targets) {
        List<byte[]> out = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            if (!found.containsKey(ByteBuffer.wrap(targets.address(k)))) {
                out.add(targets.address(k));
            }
        }
        return out;
    }

    private static List<ByteBuffer> everyAddress(Cidr prefix) {
        List<ByteBuffer> out = new ArrayList<>();
        int count = 1 << (128 - prefix.prefixLength());
        byte[] base = prefix.network().getAddress();
        for (int i = 0; i < count; i++) {
            byte[] ip = base.clone();
            long low = ((ip[12] & 0xFFL) << 24 | (ip[13] & 0xFFL) << 16 | (ip[14] & 0xFFL) << 8 | (ip[15] & 0xFFL)) + i;
            ip[12] = (byte) (low >>> 24);
            ip[13] = (byte) (low >>> 16);
            ip[14] = (byte) (low >>> 8);
            ip[15] = (byte) low;
            out.add(ByteBuffer.wrap(ip));
        }
        return out;
    }

    private List<Ipv6Answer> withMacs() {
        Map<ByteBuffer, Long> table = null;
        List<Ipv6Answer> out = new ArrayList<>();
        for (Map.Entry<ByteBuffer, Ipv6Answer> e : found.entrySet()) {
            Ipv6Answer a = e.getValue();
            if (a.mac() < 0 && group.link().isPresent()) {
                table = table == null ? Ipv6NeighbourTable.read(group.link().get().name()) : table;
                a = new Ipv6Answer(a.ip(), table.getOrDefault(e.getKey(), -1L), a.method(), a.rttMillis());
            }
            out.add(a);
        }
        LOG.debug("{}: {} answered in {}", key, out.size(), Ipv6.text(group.prefix()));
        return out;
    }
}
