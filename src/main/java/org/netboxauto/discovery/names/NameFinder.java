package org.netboxauto.discovery.names;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import org.netboxauto.config.NamesConfig;
import org.netboxauto.core.IpLiterals;
import org.netboxauto.core.names.FoundName;
import org.netboxauto.core.names.NameMethod;
import org.netboxauto.core.names.NameRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks names for addresses by reverse DNS, NetBIOS node status and mDNS, every method of a host at once and up
 * to {@code in-flight} hosts at a time, each host within {@code timeout}. An address is asked once per run
 * however many requests carry it.
 */
public final class NameFinder {

    private static final Logger LOG = LoggerFactory.getLogger(NameFinder.class);
    private static final ThreadFactory THREADS = Thread.ofVirtual().name("names-", 0).factory();

    private final NamesConfig config;
    private final List<InetSocketAddress> dnsServers;
    private final SecureRandom ids = new SecureRandom();

    /** @param dnsServers the name servers reverse lookups go to */
    public NameFinder(NamesConfig config, List<InetSocketAddress> dnsServers) {
        this.config = config;
        this.dnsServers = List.copyOf(dnsServers);
    }

    /** With the configured name servers, else the system's. */
    public static NameFinder of(NamesConfig config) {
        List<InetSocketAddress> servers = config.dnsServers().isEmpty()
                ? org.xbill.DNS.ResolverConfig.getCurrentConfig().servers() : config.dnsServers();
        return new NameFinder(config, servers);
    }

    public List<InetSocketAddress> dnsServers() {
        return dnsServers;
    }

    public NameResults find(List<NameRequest> requests) throws InterruptedException {
        Map<String, List<NameRequest>> byAddress = new LinkedHashMap<>();
        requests.forEach(r -> byAddress.computeIfAbsent(r.ip(), ip -> new ArrayList<>()).add(r));
        Map<String, Map<NameMethod, Answer>> answers = new java.util.concurrent.ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(config.inFlight());
        try (ExecutorService hosts = Executors.newThreadPerTaskExecutor(THREADS)) {
            for (String ip : byAddress.keySet()) {
                inFlight.acquire();
                hosts.submit(() -> {
                    try {
                        answers.put(ip, askAll(IpLiterals.parse(ip)));
                    } finally {
                        inFlight.release();
                    }
                    return null;
                });
            }
        }
        List<FoundName> found = new ArrayList<>();
        Map<NameMethod, MethodTally> tallies = new EnumMap<>(NameMethod.class);
        config.methods().forEach(m -> tallies.put(m, new MethodTally(0, 0, 0, 0)));
        byAddress.forEach((ip, asking) -> answers.getOrDefault(ip, Map.of()).forEach((method, answer) -> {
            tallies.merge(method, new MethodTally(0, 0, 0, 0).plus(answer.answered, answer.name.isPresent(),
                    answer.refused), (a, b) -> new MethodTally(a.asked() + b.asked(), a.answered() + b.answered(),
                    a.named() + b.named(), a.unreadable() + b.unreadable()));
            answer.name.ifPresent(n -> asking.forEach(r -> found.add(new FoundName(r, method, n))));
        }));
        return new NameResults(found, tallies);
    }

    private Map<NameMethod, Answer> askAll(InetAddress address) throws InterruptedException {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        Map<NameMethod, Answer> out = new java.util.concurrent.ConcurrentHashMap<>();
        try (ExecutorService methods = Executors.newThreadPerTaskExecutor(THREADS)) {
            for (NameMethod method : config.methods()) {
                if (method == NameMethod.NETBIOS && !(address instanceof java.net.Inet4Address)) {
                    continue;
                }
                methods.submit(() -> out.put(method, ask(method, address, deadline)));
            }
        }
        return out;
    }

    private Answer ask(NameMethod method, InetAddress address, long deadline) {
        int id = ids.nextInt(0x10000);
        return switch (method) {
            case PTR -> dns(address, id, dnsServers, true, deadline);
            case MDNS -> dns(address, id, List.of(new InetSocketAddress(address, ReverseQuery.MDNS_PORT)), false,
                    deadline);
            case NETBIOS -> {
                Optional<UdpAsk.Reply> reply = UdpAsk.ask(List.of(new InetSocketAddress(address,
                        NetbiosNodeStatus.PORT)), NetbiosNodeStatus.request(id), id, deadline,
                        NetbiosNodeStatus.MAX_ANSWER);
                try {
                    yield reply.isEmpty() ? Answer.NONE
                            : new Answer(true, NetbiosNodeStatus.name(reply.get().bytes(), reply.get().length(), id),
                            false);
                } catch (UnreadableAnswer e) {
                    yield refused(method, address, e);
                }
            }
        };
    }

    private Answer dns(InetAddress address, int id, List<InetSocketAddress> to, boolean recursive, long deadline) {
        ReverseQuery query = new ReverseQuery(address, id);
        Optional<UdpAsk.Reply> reply = UdpAsk.ask(to, query.request(recursive), id, deadline, ReverseQuery.MAX_ANSWER);
        if (reply.isEmpty()) {
            return Answer.NONE;
        }
        try {
            return new Answer(true, query.name(reply.get().bytes(), reply.get().length(), !recursive), false);
        } catch (UnreadableAnswer e) {
            return refused(recursive ? NameMethod.PTR : NameMethod.MDNS, address, e);
        }
    }

    private static Answer refused(NameMethod method, InetAddress address, UnreadableAnswer e) {
        LOG.debug("The {} answer for {} was ignored: it {}", method.sourceId(), address.getHostAddress(),
                e.getMessage());
        return new Answer(true, Optional.empty(), true);
    }

    private record Answer(boolean answered, Optional<String> name, boolean refused) {
        static final Answer NONE = new Answer(false, Optional.empty(), false);
    }
}
