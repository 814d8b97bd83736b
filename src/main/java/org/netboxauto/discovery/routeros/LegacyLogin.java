package org.netboxauto.discovery.routeros;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The MD5 challenge answer of RouterOS before 6.43: {@code 00} + md5(0x00, password, challenge bytes). */
final class LegacyLogin {

    private LegacyLogin() {
    }

    /** @throws IllegalArgumentException when the challenge is not hex */
    static String response(String password, String challengeHex) {
        byte[] challenge = HexFormat.of().parseHex(challengeHex);
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(0);
        input.writeBytes(password.getBytes(StandardCharsets.UTF_8));
        input.writeBytes(challenge);
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(input.toByteArray());
            return "00" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no MD5", e);
        }
    }
}
