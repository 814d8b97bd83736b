package org.netboxauto.net;

import java.io.File;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

/**
 * known_hosts checking that remembers the key it refused, so the error can show its fingerprint. A key on an
 * {@code @revoked} line is refused for every host, as OpenSSH does (sshj's own check ignores the marker).
 */
public final class KnownHostsVerifier extends OpenSSHKnownHosts {

    private volatile String refused;
    private volatile boolean changed;
    private volatile boolean revoked;

    public KnownHostsVerifier(File knownHosts) throws IOException {
        super(knownHosts);
    }

    @Override
    public boolean verify(String hostname, int port, PublicKey key) {
        String blob = Base64.getEncoder().encodeToString(new Buffer.PlainBuffer().putPublicKey(key).getCompactData());
        for (KnownHostEntry entry : entries()) {
            String[] fields = entry.getLine() == null ? new String[0] : entry.getLine().strip().split("\\s+");
            if (fields.length >= 4 && fields[0].equals("@revoked") && fields[3].equals(blob)) {
                refused = describe(key);
                revoked = true;
                return false;
            }
        }
        return super.verify(hostname, port, key);
    }

    @Override
    protected boolean hostKeyUnverifiableAction(String hostname, PublicKey key) {
        refused = describe(key);
        return false;
    }

    @Override
    protected boolean hostKeyChangedAction(String hostname, PublicKey key) {
        refused = describe(key);
        changed = true;
        return false;
    }

    /** "ssh-ed25519 SHA256:…" of the refused key, or null when none was refused. */
    public String refused() {
        return refused;
    }

    public boolean changed() {
        return changed;
    }

    /** Whether the refused key is marked {@code @revoked} in known_hosts. */
    public boolean revoked() {
        return revoked;
    }

    static String describe(PublicKey key) {
        return KeyType.fromKey(key) + " " + fingerprint(key);
    }

    /** As ssh-keygen -l prints it: SHA256 of the key blob, base64 without padding. */
    static String fingerprint(PublicKey key) {
        byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
