package org.netboxauto.discovery.routeros.peer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/** One client connection to the API peer: login, print, cancel, quit, and the configured fault. */
final class ApiPeerSession {

    private final Socket socket;
    private final PeerOptions options;
    private final List<String> log;
    private final OutputStream out;
    private boolean loggedIn;
    private byte[] challenge;
    private boolean faultDone;

    ApiPeerSession(Socket socket, PeerOptions options, List<String> log) throws IOException {
        this.socket = socket;
        this.options = options;
        this.log = log;
        this.out = socket.getOutputStream();
    }

    void run() throws IOException {
        InputStream in = socket.getInputStream();
        while (true) {
            List<String> words;
            try {
                words = PeerWire.read(in);
            } catch (PeerWire.ControlByteException e) {
                fatal("malformed sentence: " + e.getMessage());
                return;
            }
            if (words == null) {
                return;
            }
            if (options.fault() == PeerFault.STALL) {
                continue;
            }
            if (options.fault() == PeerFault.GARBAGE) {
                garbage();
                return;
            }
            if (!handle(words)) {
                return;
            }
        }
    }

    /** False when the session is over. */
    private boolean handle(List<String> words) throws IOException {
        String command = words.getFirst();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        String tag = null;
        for (String w : words.subList(1, words.size())) {
            if (w.startsWith("=")) {
                int split = w.indexOf('=', 1);
                attributes.put(split < 0 ? w.substring(1) : w.substring(1, split),
                        split < 0 ? "" : w.substring(split + 1));
            } else if (w.startsWith(".tag=")) {
                tag = w.substring(5);
            } else if (w.startsWith("?")) {
                queries.add(w);
            }
        }
        Reply reply = new Reply(tag);
        switch (command) {
            case "/login" -> login(attributes, reply);
            case "/quit" -> {
                fatal("session terminated on request");
                return false;
            }
            case "/cancel" -> reply.done();
            default -> {
                if (!loggedIn) {
                    fatal("not logged in");
                    return false;
                }
                if (options.fault() == PeerFault.FATAL) {
                    fatal("session terminated by the administrator");
                    return false;
                }
                return print(command, attributes, queries, reply);
            }
        }
        flush(reply);
        return true;
    }

    private void login(Map<String, String> attributes, Reply reply) {
        PeerVersion version = options.version();
        String name = attributes.get("name");
        if (attributes.containsKey("response") && version.acceptsChallengeLogin() && challenge != null) {
            String expected = md5Response(options.password(), challenge);
            if (options.user().equals(name) && expected.equals(attributes.get("response"))) {
                loggedIn = true;
                log.add("login challenge " + name);
                reply.done();
            } else {
                reply.trap(null, "cannot log in").done();
            }
            return;
        }
        boolean plaintext = attributes.containsKey("password") && version.acceptsPlaintextLogin();
        if (!plaintext && version.acceptsChallengeLogin()) {
            challenge = new byte[16];
            new Random().nextBytes(challenge);
            reply.done("=ret=" + HexFormat.of().formatHex(challenge));
            return;
        }
        if (options.user().equals(name) && options.password().equals(attributes.get("password"))) {
            loggedIn = true;
            log.add("login plaintext " + name);
            reply.done();
        } else {
            reply.trap(null, "invalid user name or password (6)").done();
        }
    }

    private boolean print(String command, Map<String, String> attributes, List<String> queries, Reply reply)
            throws IOException {
        boolean isPrint = command.endsWith("/print") || command.endsWith("/getall");
        String menu = command.substring(1, command.lastIndexOf('/'));
        List<Map<String, byte[]>> table = options.tables().byMenu().get(menu);
        if (!isPrint || table == null) {
            String unknown = options.tables().unknownSegment(command.substring(1));
            reply.trap("0", "no such command or directory (" + unknown + ")")
                    .trap(null, "no such command prefix")
                    .done();
            flush(reply);
            return true;
        }
        if (options.fault() == PeerFault.NO_PERMISSION) {
            reply.trap(null, "not enough permissions (9)").done();
            flush(reply);
            return true;
        }
        Set<String> proplist = new LinkedHashSet<>();
        String props = attributes.getOrDefault(".proplist", "");
        log.add(command + " .proplist=" + props);
        for (String p : props.split(",")) {
            if (!p.isBlank()) {
                proplist.add(p.strip());
            }
        }
        Predicate<Map<String, byte[]>> filter = row -> true;
        for (String q : queries) {
            filter = filter.and(PeerRows.query(q));
        }
        List<Map<String, byte[]>> rows = PeerRows.select(table, menu, options.version(), filter, proplist, false);
        boolean faultHere = !faultDone && !rows.isEmpty();
        if (faultHere && hostile(reply, rows)) {
            return false;
        }
        if (faultHere && options.fault() == PeerFault.HUGE_WORD) {
            faultDone = true;
            String huge = "=comment=" + "x".repeat(1024 * 1024 + 16);
            reply.sentence("!re", List.of(huge.getBytes(StandardCharsets.UTF_8)));
        }
        for (Map<String, byte[]> row : rows) {
            List<byte[]> words = new ArrayList<>();
            row.forEach((k, v) -> words.add(concat(("=" + k + "=").getBytes(StandardCharsets.UTF_8), v)));
            reply.sentence("!re", words);
        }
        if (rows.isEmpty() && options.version().sendsEmpty()) {
            reply.sentence("!empty", List.of());
        }
        reply.done();
        if (faultHere && options.fault() == PeerFault.CLOSE_MID_REPLY) {
            byte[] all = reply.bytes.toByteArray();
            out.write(all, 0, all.length / 2);
            out.flush();
            socket.close();
            return false;
        }
        flush(reply);
        return true;
    }

    /** The faults that never finish a reply: written straight to the socket until the client gives up. */
    private boolean hostile(Reply reply, List<Map<String, byte[]>> rows) throws IOException {
        switch (options.fault()) {
            case ENDLESS -> {
                flush(reply);
                Map<String, byte[]> row = rows.getFirst();
                List<byte[]> words = new ArrayList<>();
                words.add("!re".getBytes(StandardCharsets.UTF_8));
                row.forEach((k, v) -> words.add(concat(("=" + k + "=").getBytes(StandardCharsets.UTF_8), v)));
                byte[] sentence = PeerWire.sentence(words);
                while (true) {
                    out.write(sentence);
                    out.flush();
                }
            }
            case HUGE_SENTENCE -> {
                ByteArrayOutputStream word = new ByteArrayOutputStream();
                PeerWire.word(word, "=comment=" + "x".repeat(1024 * 1024 - 16));
                byte[] one = word.toByteArray();
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                PeerWire.word(head, "!re");
                out.write(head.toByteArray());
                for (int i = 0; i < 10_000; i++) {
                    out.write(one);
                }
                out.write(0);
                out.flush();
                return true;
            }
            case TRICKLE -> {
                byte[] sentence = PeerWire.sentence(List.of("!re".getBytes(StandardCharsets.UTF_8),
                        "=comment=slow".getBytes(StandardCharsets.UTF_8)));
                while (true) {
                    for (byte b : sentence) {
                        out.write(b);
                        out.flush();
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return true;
                        }
                    }
                }
            }
            default -> {
                return false;
            }
        }
    }

    private void garbage() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        out.write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\n\r\n<html>Bad Request</html>"
                .getBytes(StandardCharsets.US_ASCII));
        out.write(noise);
        out.flush();
        socket.close();
    }

    private void fatal(String reason) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PeerWire.word(bytes, "!fatal");
        PeerWire.word(bytes, reason);
        bytes.write(0);
        out.write(bytes.toByteArray());
        out.flush();
        socket.close();
    }

    private void flush(Reply reply) throws IOException {
        out.write(reply.bytes.toByteArray());
        out.flush();
    }

    static String md5Response(String password, byte[] challenge) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((byte) 0);
            md5.update(password.getBytes(StandardCharsets.UTF_8));
            md5.update(challenge);
            return "00" + HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Reply sentences of one command, each carrying the command's tag. */
    private static final class Reply {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Optional<String> tag;

        Reply(String tag) {
            this.tag = Optional.ofNullable(tag);
        }

        Reply sentence(String type, List<byte[]> words) {
            List<byte[]> all = new ArrayList<>();
            all.add(type.getBytes(StandardCharsets.UTF_8));
            // the tag's place in a reply is not fixed; put it last to make clients look for it
            all.addAll(words);
            tag.ifPresent(t -> all.add((".tag=" + t).getBytes(StandardCharsets.UTF_8)));
            bytes.writeBytes(PeerWire.sentence(all));
            return this;
        }

        Reply trap(String category, String message) {
            List<byte[]> words = new ArrayList<>();
            if (category != null) {
                words.add(("=category=" + category).getBytes(StandardCharsets.UTF_8));
            }
            words.add(("=message=" + message).getBytes(StandardCharsets.UTF_8));
            return sentence("!trap", words);
        }

        Reply done(String... words) {
            List<byte[]> list = new ArrayList<>();
            for (String w : words) {
                list.add(w.getBytes(StandardCharsets.UTF_8));
            }
            return sentence("!done", list);
        }
    }
}
