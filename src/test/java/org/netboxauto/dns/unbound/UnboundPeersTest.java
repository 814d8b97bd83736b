package org.netboxauto.dns.unbound;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One real sshd and Unbound for a test class, back to no include file before each test. */
abstract class UnboundPeersTest {

    static UnboundFixture peers;

    @BeforeAll
    static void startPeers() throws Exception {
        peers = UnboundFixture.start();
    }

    @AfterAll
    static void stopPeers() throws Exception {
        if (peers != null) {
            peers.close();
        }
    }

    @BeforeEach
    void resetPeers() throws Exception {
        peers.reset();
    }
}
