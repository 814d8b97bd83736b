package org.netboxauto.discovery.routeros;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netboxauto.discovery.routeros.peer.PeerOptions;
import org.netboxauto.discovery.routeros.peer.PeerVersion;
import org.netboxauto.discovery.routeros.peer.RouterOsPeer;

/** The peer itself follows ROUTEROS.md: tags, !empty by version, two traps, !fatal with a plain reason. */
class RouterOsPeerTest {

    @Test
    void anEmptyQueryIsEmptyThenDoneOn718AndBareDoneOn717() throws Exception {
        String query = "?status=no-such-status";
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18)); Wire wire = new Wire(peer)) {
            wire.login();
            wire.send("/ip/dhcp-server/lease/print", "=.proplist=address", query, ".tag=7");
            assertThat(wire.reply()).containsExactly("!empty", ".tag=7");
            assertThat(wire.reply()).containsExactly("!done", ".tag=7");
        }
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_17)); Wire wire = new Wire(peer)) {
            wire.login();
            wire.send("/ip/dhcp-server/lease/print", "=.proplist=address", query, ".tag=7");
            assertThat(wire.reply()).containsExactly("!done", ".tag=7");
        }
    }

    @Test
    void queriesAndProplistSelectRowsAndProperties() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18)); Wire wire = new Wire(peer)) {
            wire.login();
            wire.send("/ip/dhcp-server/lease/print", "=.proplist=.id,host-name", "?status=waiting");
            assertThat(wire.reply()).containsExactly("!re", "=.id=*4");
            assertThat(wire.reply()).containsExactly("!done");
        }
    }

    @Test
    void version6SpellsTheArpDhcpKeyInCapitals() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V6_43)); Wire wire = new Wire(peer)) {
            wire.login();
            wire.send("/ip/arp/print", "?address=212.219.57.129");
            assertThat(wire.reply()).contains("=DHCP=true").doesNotContain("=dhcp=true");
        }
    }

    @Test
    void aMistypedPathGivesTwoTrapsThenDone() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18)); Wire wire = new Wire(peer)) {
            wire.login();
            wire.send("/ip/adress/print");
            assertThat(wire.reply()).containsExactly("!trap", "=category=0", "=message=no such command or directory"
                    + " (adress)");
            assertThat(wire.reply()).containsExactly("!trap", "=message=no such command prefix");
            assertThat(wire.reply()).containsExactly("!done");
        }
    }

    @Test
    void quitAndControlBytesEndTheSessionWithFatal() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18)); Wire wire = new Wire(peer)) {
            wire.login();
            wire.send("/quit");
            assertThat(wire.reply()).containsExactly("!fatal", "session terminated on request");
            assertThat(wire.in.read()).isEqualTo(-1);
        }
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V7_18)); Wire wire = new Wire(peer)) {
            wire.out.write(new byte[] {(byte) 0xF8, 0});
            assertThat(wire.reply()).first().isEqualTo("!fatal");
        }
    }

    @Test
    void before643TheLoginIsAChallenge() throws Exception {
        try (RouterOsPeer peer = RouterOsPeer.api(PeerOptions.of(PeerVersion.V6_42)); Wire wire = new Wire(peer)) {
            wire.send("/login", "=name=admin", "=password=" + Sources.PASSWORD);
            List<String> done = wire.reply();
            assertThat(done).hasSize(2).first().isEqualTo("!done");
            String challenge = done.get(1).substring("=ret=".length());
            assertThat(challenge).matches("[0-9a-f]{32}");
            wire.send("/login", "=name=admin", "=response=" + LegacyLogin.response(Sources.PASSWORD, challenge));
            assertThat(wire.reply()).containsExactly("!done");
        }
    }

    /** A raw client on the collector's codec, to look at the peer's sentences one by one. */
    private static final class Wire implements AutoCloseable {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        final SentenceReader reader;

        Wire(RouterOsPeer peer) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), peer.port());
            socket.setSoTimeout(5000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            reader = new SentenceReader(in, SentenceReader.DEFAULT_MAX_WORD);
        }

        void login() throws IOException {
            send("/login", "=name=admin", "=password=" + Sources.PASSWORD);
            assertThat(reply()).containsExactly("!done");
        }

        void send(String... words) throws IOException {
            out.write(SentenceWriter.encode(List.of(words)));
            out.flush();
        }

        List<String> reply() throws IOException {
            List<String> words = new ArrayList<>();
            for (byte[] w : reader.next()) {
                words.add(new String(w, StandardCharsets.UTF_8));
            }
            return words;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
