package org.netboxauto.discovery.routeros;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.net.ssl.SSLSocket;
import org.netboxauto.config.Secret;
import org.netboxauto.core.PeerText;
import org.netboxauto.discovery.CollectorException;
import org.netboxauto.discovery.routeros.ApiProtocolException.Kind;
import org.netboxauto.net.Deadline;
import org.netboxauto.net.PeerTrust;

/**
 * The RouterOS API over TCP (8728) or TLS (8729). One command at a time on one socket; the socket
 * timeout bounds the wait for each sentence, and the same timeout is the deadline of each command:
 * a reply that never ends or trickles is cut off by closing the socket.
 */
final class RouterOsApiClient implements RouterOsClient {

    private final Socket socket;
    private final SentenceReader reader;
    private final OutputStream out;
    private final RouterOsTarget target;
    private final Duration timeout;
    private final String service;
    private int nextTag = 1;
    private boolean repliedOnce;
    /** Whether the command being run got any sentence yet: a silent router is "down", a slow one "too slow". */
    private boolean answered;

    private RouterOsApiClient(Socket socket, RouterOsTarget target, Duration timeout, String service)
            throws IOException {
        this.socket = socket;
        this.reader = new SentenceReader(new BufferedInputStream(socket.getInputStream(), 64 * 1024),
                SentenceReader.DEFAULT_MAX_WORD);
        this.out = socket.getOutputStream();
        this.target = target;
        this.timeout = timeout;
        this.service = service;
    }

    /**
     * Connects and logs in. {@code trust} is null for plain API. {@code register} receives the
     * socket before anything blocks, so a cancel can close it.
     */
    static RouterOsApiClient connect(RouterOsTarget target, Secret password, PeerTrust trust, Duration timeout,
                                     Consumer<AutoCloseable> register)
            throws CollectorException, InterruptedException {
        String service = trust == null ? "api" : "api-ssl";
        Socket socket = new Socket();
        register.accept(socket);
        try {
            int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
            socket.connect(new InetSocketAddress(target.host(), target.port()), millis);
            socket.setSoTimeout(millis);
            socket.setTcpNoDelay(true);
            Socket wire = socket;
            if (trust != null) {
                SSLSocket tls = (SSLSocket) trust.sslContext().getSocketFactory()
                        .createSocket(socket, target.host(), target.port(), true);
                trust.applyTo(tls);
                register.accept(tls);
                tls.startHandshake();
                wire = tls;
            }
            RouterOsApiClient client = new RouterOsApiClient(wire, target, timeout, service);
            client.login(password);
            return client;
        } catch (IOException e) {
            closeQuietly(socket);
            throw failure(e, target, timeout, service);
        } catch (CollectorException | InterruptedException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    private void login(Secret password) throws IOException, CollectorException, InterruptedException {
        ApiResult first = run(List.of("/login", "=name=" + target.username(), "=password=" + password.reveal()));
        if (!first.traps().isEmpty()) {
            throw target.loginRefused(first.trapMessages());
        }
        String challenge = first.done().attributes().get("ret");
        if (challenge == null) {
            return;
        }
        String response;
        try {
            response = LegacyLogin.response(password.reveal(), challenge);
        } catch (IllegalArgumentException e) {
            throw new ApiProtocolException(Kind.MALFORMED, "the login challenge is not hex");
        }
        ApiResult second = run(List.of("/login", "=name=" + target.username(), "=response=" + response));
        if (!second.traps().isEmpty()) {
            throw target.loginRefused(second.trapMessages());
        }
    }

    @Override
    public List<Map<String, String>> print(String menu, List<String> properties)
            throws CollectorException, InterruptedException {
        String command = "/" + menu + "/print";
        try {
            ApiResult result = run(List.of(command, "=.proplist=" + String.join(",", properties)));
            if (!result.traps().isEmpty()) {
                throw target.fail("the router refused " + command + ": " + result.trapMessages()
                        + PermissionHint.of(result.trapMessages(), target));
            }
            return result.rows();
        } catch (IOException e) {
            throw failure(e, target, timeout, service);
        }
    }

    private ApiResult run(List<String> words) throws IOException, CollectorException, InterruptedException {
        answered = false;
        try (Deadline deadline = Deadline.after(timeout, this::close)) {
            try {
                return exchange(words);
            } catch (IOException e) {
                if (deadline.expired() && !answered) {
                    throw failure(new java.net.SocketTimeoutException("no answer"), target, timeout, service);
                }
                if (deadline.expired()) {
                    throw target.fail("no complete answer to " + words.getFirst() + " within " + NetworkFailures.seconds(timeout)
                            + " — the router answered too slowly or without end; check it, or raise "
                            + target.configKey() + ".timeout", e);
                }
                throw e;
            }
        }
    }

    private ApiResult exchange(List<String> words) throws IOException, CollectorException, InterruptedException {
        String tag = Integer.toString(nextTag++);
        List<String> sentence = new ArrayList<>(words);
        sentence.add(".tag=" + tag);
        out.write(SentenceWriter.encode(sentence));
        out.flush();
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> traps = new ArrayList<>();
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException("cancelled while reading " + words.getFirst());
            }
            List<byte[]> raw = reader.next();
            answered = true;
            if (raw == null) {
                throw repliedOnce
                        ? new ApiProtocolException(Kind.CUT, "the connection was closed between replies")
                        : new ApiProtocolException(Kind.NOT_ROUTEROS,
                                "the peer closed the connection without an API reply");
            }
            ApiReply reply = ApiReply.parse(raw);
            repliedOnce = true;
            if (reply.tag().isPresent() && !reply.tag().get().equals(tag)) {
                continue;
            }
            switch (reply.type()) {
                case "!re" -> rows.add(reply.attributes());
                case "!trap" -> traps.add(reply.message());
                case "!empty" -> { }
                case "!done" -> {
                    return new ApiResult(rows, traps, reply);
                }
                case "!fatal" -> throw target.fail("the router closed the session: " + reply.message());
                default -> throw new ApiProtocolException(Kind.MALFORMED,
                        "unexpected reply \"" + PeerText.cut(reply.type(), 120) + "\"");
            }
        }
    }

    private static CollectorException failure(IOException e, RouterOsTarget target, Duration timeout, String service)
            throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("cancelled");
        }
        return NetworkFailures.explain(e, target, timeout, service);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one to report
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the session is over either way
        }
    }

    private record ApiResult(List<Map<String, String>> rows, List<String> traps, ApiReply done) {
        String trapMessages() {
            return String.join("; ", traps);
        }
    }
}
