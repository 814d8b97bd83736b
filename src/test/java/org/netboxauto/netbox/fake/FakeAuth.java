package org.netboxauto.netbox.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** NetBox's token check (API-NOTES §2): the {@code nbt_} prefix picks v2, either keyword works, failures are 403. */
final class FakeAuth {

    private final Map<String, Boolean> v1 = new ConcurrentHashMap<>();
    private final Map<String, String> v2Secrets = new ConcurrentHashMap<>();
    private final Map<String, Boolean> v2Write = new ConcurrentHashMap<>();
    private final NetBoxMode mode;

    FakeAuth(NetBoxMode mode) {
        this.mode = mode;
    }

    void addV1(String plaintext, boolean write) {
        v1.put(plaintext, write);
    }

    void addV2(String key, String secret, boolean write) {
        v2Secrets.put(key, secret);
        v2Write.put(key, write);
    }

    /** @throws FakeRejection 403 with NetBox's detail unless the header carries a valid token allowed {@code unsafe} */
    void check(String header, boolean unsafe) {
        if (header == null) {
            throw FakeRejection.detail(403, "Authentication credentials were not provided.");
        }
        String[] parts = header.strip().split("\\s+");
        String scheme = parts[0].toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("token") && !scheme.equals("bearer")) {
            throw FakeRejection.detail(403, "Authentication credentials were not provided.");
        }
        if (parts.length != 2) {
            throw FakeRejection.detail(403, "Invalid authorization header: must be of the form \"Bearer <key>.<token>\""
                    + " or \"Token <token>\"");
        }
        String credential = parts[1];
        boolean write;
        if (mode.v2Tokens() && credential.startsWith("nbt_")) {
            int dot = credential.indexOf('.');
            if (dot < 0) {
                throw FakeRejection.detail(403, "Could not parse key from v2 token. Did you mean to use \"Token\" "
                        + "instead of \"Bearer\"?");
            }
            String key = credential.substring(4, dot);
            String secret = credential.substring(dot + 1);
            if (!secret.equals(v2Secrets.get(key))) {
                throw FakeRejection.detail(403, "Invalid v2 token");
            }
            write = v2Write.get(key);
        } else {
            Boolean w = v1.get(credential);
            if (w == null) {
                throw FakeRejection.detail(403, mode.v2Tokens() ? "Invalid v1 token" : "Invalid token");
            }
            write = w;
        }
        if (unsafe && !write) {
            throw FakeRejection.detail(403, "You do not have permission to perform this action.");
        }
    }
}
